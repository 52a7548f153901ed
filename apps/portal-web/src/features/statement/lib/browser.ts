/** Full-page navigation to another origin (the payment page); one seam so tests can observe it. */
export const browser = {
  assign: (url: string) => window.location.assign(url),
};
