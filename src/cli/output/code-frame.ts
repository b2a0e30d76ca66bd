// @babel/code-frame behind a module of ours, so that the build can keep it in
// a bundle of its own: it is loaded only when there is a problem to show.
export { codeFrameColumns } from '@babel/code-frame';
