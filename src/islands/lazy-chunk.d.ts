// Modules imported with `?lazy-chunk` export their built address (src/integrations/lazy-chunk.ts).
declare module '*?lazy-chunk' {
  const url: string;
  export default url;
}
