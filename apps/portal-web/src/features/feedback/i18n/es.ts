import type { feedbackEn } from './en';

export const feedbackEs: Record<keyof typeof feedbackEn, string> = {
  'feedback.title': 'Opinión',
  'feedback.question': '¿Qué probabilidad hay de que recomiendes {agency} a un amigo o colega?',
  'feedback.about': 'Sobre el proyecto «{project}»',
  'feedback.scaleLow': 'Nada probable',
  'feedback.scaleHigh': 'Muy probable',
  'feedback.scoreLabel': 'Tu puntuación, de 0 a 10',
  'feedback.scoreRequired': 'Elige una puntuación de 0 a 10',
  'feedback.commentLabel': '¿Cuál es el motivo principal de tu puntuación? (opcional)',
  'feedback.submit': 'Enviar opinión',
  'feedback.thanks': '¡Gracias por tu opinión!',
  'feedback.thanksBody': '{agency} la leerá con atención.',
  'feedback.none': 'No hay preguntas para ti ahora',
  'feedback.noneHint': 'Cuando {agency} pida tu opinión, la pregunta aparecerá aquí.',
  'feedback.loadError': 'No pudimos cargar la pregunta.',
};
