export const isDevBuild = false;
