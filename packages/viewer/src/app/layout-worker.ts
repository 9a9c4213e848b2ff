// The layout's web worker: computes positions off the main thread and sends them back as transferable arrays.
import { computeLayout, type LayoutInput } from "../state/layout";

self.onmessage = (event: MessageEvent<LayoutInput & { id: number }>) => {
  const { x, y } = computeLayout(event.data);
  (self as unknown as Worker).postMessage({ id: event.data.id, x, y }, [x.buffer, y.buffer]);
};
