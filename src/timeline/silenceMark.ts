// A silence ("none found") is drawn the same way on the canvas and in the controls over it:
// a small dashed ring of the occasion's colour in a strip under the lane's rows, quieter than
// any message's mark.

/** Radius of the ring, in px. */
export const SILENCE_R = 4.5
export const SILENCE_STROKE_PX = 1.5
/** Dash and gap along the ring, in px. */
export const SILENCE_DASH: readonly [number, number] = [2, 2]
