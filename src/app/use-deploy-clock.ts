import { useEffect } from 'react';
import { SLOTS } from '../domain/project-slots';
import { useAppStore } from '../store/app-store';
import { clockModule } from '../store/lazy-module';
import { SECONDS_PER_SECOND } from '../store/view-slice';

/** Whether any project has a deploy under way (false until the clock has loaded). */
function anyUnderWay(): boolean {
  const clock = clockModule.get();
  const { projects } = useAppStore.getState();
  return (
    clock !== null &&
    SLOTS.some(({ edition, plan }) => clock.openActivities(projects[edition][plan]).length > 0)
  );
}

/**
 * Plays deploys out at the chosen speed: while one is under way and the speed is not
 * Instant, simulated time moves on with each animation frame.
 */
export function useDeployClock(): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;
    const step = (now: number) => {
      const { deploySpeed, tick } = useAppStore.getState();
      if (deploySpeed === 'instant' || !anyUnderWay()) {
        frame = 0;
        return;
      }
      // At most a quarter second at a time, so a hidden tab does not jump when it comes back.
      const elapsed = last === 0 ? 0 : Math.min(now - last, 250) / 1000;
      last = now;
      if (elapsed > 0) tick(elapsed * SECONDS_PER_SECOND[deploySpeed]);
      frame = requestAnimationFrame(step);
    };
    const wake = () => {
      if (frame !== 0) return;
      last = 0;
      frame = requestAnimationFrame(step);
    };
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.projects !== previous.projects || state.deploySpeed !== previous.deploySpeed)
        wake();
    });
    wake();
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, []);
}
