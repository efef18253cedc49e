/**
 * The library's house style (tone-mark style, limits, quotes) for every
 * component under the app: the Normalise command, paste, the checks panel and
 * the field counters read it here rather than through props.
 */
import { createContext, useContext } from 'react';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../shared/house-style';

const HouseStyleContext = createContext<HouseStyle>(DEFAULT_HOUSE_STYLE);

export const HouseStyleProvider = HouseStyleContext.Provider;

export function useHouseStyle(): HouseStyle {
  return useContext(HouseStyleContext);
}
