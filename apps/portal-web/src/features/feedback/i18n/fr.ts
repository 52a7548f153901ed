import type { feedbackEn } from './en';

export const feedbackFr: Record<keyof typeof feedbackEn, string> = {
  'feedback.title': 'Avis',
  'feedback.question': 'Quelle est la probabilité que vous recommandiez {agency} à un ami ou un collègue ?',
  'feedback.about': 'À propos du projet « {project} »',
  'feedback.scaleLow': 'Pas du tout probable',
  'feedback.scaleHigh': 'Très probable',
  'feedback.scoreLabel': 'Votre note, de 0 à 10',
  'feedback.scoreRequired': 'Choisissez une note de 0 à 10',
  'feedback.commentLabel': 'Quelle est la raison principale de votre note ? (facultatif)',
  'feedback.submit': 'Envoyer mon avis',
  'feedback.thanks': 'Merci pour votre avis !',
  'feedback.thanksBody': '{agency} le lira attentivement.',
  'feedback.none': 'Aucune question pour vous en ce moment',
  'feedback.noneHint': 'Quand {agency} vous demandera votre avis, la question apparaîtra ici.',
  'feedback.loadError': "Nous n'avons pas pu charger la question.",
};
