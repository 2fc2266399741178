import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from '/work/main/scripts/minify-literals.mjs';
export default { input: 'src/define.ts', output: { file: 'dist/raw.js', format: 'iife' },
  plugins: [resolve(), typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' }), minifyLiterals()] };
