// A debounce with an upper bound: the work runs once changes have been quiet for a while, and at the
// latest a fixed time after the first change still waiting, so a page that never stops changing (a
// live counter or clock) is still analysed.
'use strict';
(() => {
  const ns = (globalThis.RoleLens ??= {});
  if (ns.debounce) return;

  /**
   * Returns {poke, cancel, pending}: poke() asks for run(), which follows quietMs after the last poke
   * but no later than mostMs after the first poke since it last ran; cancel() drops the waiting run.
   */
  function debounce(run, { quietMs, mostMs }) {
    let timer = null;
    let first = null;
    const fire = () => {
      timer = null;
      first = null;
      run();
    };
    return {
      poke() {
        const now = Date.now();
        first ??= now;
        clearTimeout(timer);
        timer = setTimeout(fire, Math.max(0, Math.min(quietMs, first + mostMs - now)));
      },
      cancel() {
        clearTimeout(timer);
        timer = null;
        first = null;
      },
      pending: () => timer !== null,
    };
  }

  ns.debounce = debounce;
})();
