// @ts-check
/**
 * Lint: the layers of the code, held by the tools rather than by reviewers.
 *
 * What ships to the learner's browser is src/ and scorm/runtime/; Node-only build code is
 * tools/, scorm/package/ and the preview LMS's Vite plugin. Code flows one way:
 *   src/course (shared vocabulary) <- src/lib (pure rules) <- src/tracking <- src/state
 *   <- src/components <- src/features/<name> <- src/app
 * Features never import each other, nothing imports upwards, there are no import cycles,
 * and nothing that ships imports build code or tests. Formatting is Prettier's
 * (see .prettierrc.json), so no stylistic rule is enabled here.
 */
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const BUILD_ONLY = ['./tools', './scorm/package', './scorm/preview', './tests'];
const SHIPPED = ['./src', './scorm/runtime'];

/** `target` may not import from any of `from`. */
const forbid = (target, from, message) => from.map((f) => ({ target, from: f, message }));

const zones = [
  // No feature imports another: shared code moves down to components/ or lib/.
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature may not import another feature: move the shared part to src/components or src/lib.',
  })),
  // No upward imports.
  ...forbid(
    './src/course',
    ['./src/lib', './src/tracking', './src/state', './src/components', './src/features', './src/app', './src/config'],
    'src/course is the bottom layer: it imports nothing else from src.',
  ),
  ...forbid(
    './src/lib',
    ['./src/tracking', './src/state', './src/components', './src/features', './src/app'],
    'src/lib holds pure rules: it may import only src/course and src/config.',
  ),
  ...forbid(
    './src/tracking',
    ['./src/state', './src/components', './src/features', './src/app'],
    'src/tracking may not import the store or the UI.',
  ),
  ...forbid('./src/state', ['./src/components', './src/features', './src/app'], 'src/state may not import the UI.'),
  ...forbid('./src/components', ['./src/features', './src/app'], 'src/components is shared UI: it may not import features or the app.'),
  ...forbid('./src/features', ['./src/app'], 'A feature may not import the app that wires it.'),
  ...forbid(
    './scorm/runtime',
    ['./src/state', './src/components', './src/features', './src/app'],
    'The SCORM runtime sees only the shared vocabulary (src/course), pure rules (src/lib) and the tracker interface (src/tracking).',
  ),
  // What ships never imports build code or tests.
  ...SHIPPED.flatMap((target) => forbid(target, BUILD_ONLY, 'Code that ships to the browser may not import build-time code or tests.')),
  ...forbid(
    './src/config',
    ['./src/lib', './src/tracking', './src/state', './src/components', './src/features', './src/app'],
    'src/config holds plain facts (routes, the settings shape, SCORM versions): it imports only src/course.',
  ),
  // Build code reads the course's shapes and rules, never the running app.
  ...forbid(
    './tools',
    ['./src/app', './src/features', './src/components', './src/state', './src/tracking', './scorm/runtime'],
    'Build code may use src/course, src/config and src/lib only.',
  ),
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these the import rules cannot follow a .ts import, and no-cycle silently finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  prettier,
);
