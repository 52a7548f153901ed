// Isolated so Jest (CommonJS, no import.meta) can map this module to a stub.
export const isDevBuild: boolean = import.meta.env.DEV;
