// Ambient module declarations for the bundler's loaders (scripts/build.mjs).

/** `.yaml` files are bundled as text (esbuild `loader: { '.yaml': 'text' }`). */
declare module '*.yaml' {
  const text: string;
  export default text;
}
