// True while React renders the markup prerendered at build time: on the server, and while the browser hydrates it.
// What a visitor's browser knows but the build does not (a saved or system colour scheme) is read after that pass.
let inPass = false;

export const inPrerenderPass = (): boolean => inPass;

export const setPrerenderPass = (on: boolean): void => {
  inPass = on;
};
