// The browser's own text metrics, so the image reserves exactly the lines its header and footer wrap to.
import { EXPORT_FONT_FAMILY } from './buildExportOption.ts';
import { estimateWidth, type MeasureText } from './textLines.ts';

export const canvasMeasure = (): MeasureText => {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, fontSize, bold) => {
    context.font = `${bold ? 'bold ' : ''}${fontSize}px ${EXPORT_FONT_FAMILY}`;
    return context.measureText(text).width;
  };
};
