import type { feedbackEn } from './en';

export const feedbackPt: Record<keyof typeof feedbackEn, string> = {
  'feedback.title': 'Avaliação',
  'feedback.question': 'Qual a probabilidade de você recomendar a {agency} a um amigo ou colega?',
  'feedback.about': 'Sobre o projeto “{project}”',
  'feedback.scaleLow': 'Nada provável',
  'feedback.scaleHigh': 'Extremamente provável',
  'feedback.scoreLabel': 'Sua nota, de 0 a 10',
  'feedback.scoreRequired': 'Escolha uma nota de 0 a 10',
  'feedback.commentLabel': 'Qual o principal motivo da sua nota? (opcional)',
  'feedback.submit': 'Enviar avaliação',
  'feedback.thanks': 'Obrigado pela sua avaliação!',
  'feedback.thanksBody': 'A {agency} vai ler com atenção.',
  'feedback.none': 'Nenhuma pergunta para você agora',
  'feedback.noneHint': 'Quando a {agency} pedir sua opinião, a pergunta aparecerá aqui.',
  'feedback.loadError': 'Não conseguimos carregar a pergunta.',
};
