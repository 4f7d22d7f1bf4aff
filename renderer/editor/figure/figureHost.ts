// What a figure needs from the screen around it: where its photo's pixels come from, and how to attach a
// photo to a figure that awaits one. Provided by the editor screen; figures never know the transport.

export interface FigureHost {
  photoSrc: (photoId: number, size: 'thumb' | 'display') => string;
  /** Opens the photo picker for the figure at this document position. */
  addPhoto: (figurePos: number) => void;
}
