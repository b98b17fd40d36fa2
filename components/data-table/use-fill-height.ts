import { useLayoutEffect, useState } from "react";

/**
 * The height that makes an element end at the bottom of the viewport (less `bottomGap`), so the
 * table scrolls inside its own box and its header stays in view whatever sits above it.
 */
export function useFillHeight(
  element: React.RefObject<HTMLElement | null>,
  bottomGap: number,
  minHeight = 240,
): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    const measure = () => {
      const node = element.current;
      if (!node) return;
      const top = node.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(minHeight, Math.floor(window.innerHeight - top - bottomGap)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [element, bottomGap, minHeight]);
  return height;
}
