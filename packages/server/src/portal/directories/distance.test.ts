/** Miles between ZIP centroids: the haversine arithmetic worked by hand, and the ZIP forms accepted. */
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_MILES, haversineMiles, milesBetweenZips, normalizeZip, roundMiles, zipCentroid } from './distance.ts';

describe('distance', () => {
  it('case: one degree of longitude on the equator is 2πR/360 = 2π·3958.8/360 ≈ 69.09 miles', () => {
    expect(haversineMiles({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(
      (2 * Math.PI * EARTH_RADIUS_MILES) / 360,
      6,
    );
    expect(roundMiles(haversineMiles({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 }))).toBe(69.1);
  });

  it('case: San Francisco 94103 (37.7725, −122.4147) to Oakland 94612 (37.8085, −122.2668) is 8.45 miles', () => {
    // Δφ = 0.0360° = 0.000628 rad, Δλ = 0.1479° = 0.002581 rad;
    // a = sin²(0.000314) + cos(37.7725°)·cos(37.8085°)·sin²(0.001291) = 9.87e-8 + 0.7907·0.7903·1.666e-6 = 1.139e-6;
    // d = 2 · 3958.8 · asin(√1.139e-6) = 7917.6 · 0.0010673 = 8.450 miles.
    expect(milesBetweenZips('94103', '94612')).toBeCloseTo(8.45, 2);
  });

  it('case: Jefferson City 65101 to Columbia 65201 is 28.3 miles; Harrisburg 17101 to Carlisle 17013 is 16.7', () => {
    // 65101 (38.5462, −92.1525) → 65201 (38.9382, −92.3049): a = 1.2778e-5, d = 7917.6 · asin(0.0035746) = 28.30.
    expect(roundMiles(milesBetweenZips('65101', '65201')!)).toBe(28.3);
    // 17101 (40.2618, −76.8831) → 17013 (40.2417, −77.1983): a = 4.4379e-6, d = 7917.6 · asin(0.0021067) = 16.68.
    expect(roundMiles(milesBetweenZips('17101', '17013')!)).toBe(16.7);
  });

  it('case: ZIP+4 is read as its five digits; unknown or malformed ZIPs give undefined, not 0', () => {
    expect(normalizeZip('94103-1234')).toBe('94103');
    expect(normalizeZip(' 65101 ')).toBe('65101');
    expect(normalizeZip('9410')).toBeUndefined();
    expect(normalizeZip(null)).toBeUndefined();
    expect(zipCentroid('94103')).toEqual({ latitude: 37.7725, longitude: -122.4147 });
    expect(zipCentroid('00000')).toBeUndefined();
    expect(milesBetweenZips('94103', '00000')).toBeUndefined();
    expect(milesBetweenZips('94103-0001', '94103')).toBe(0);
  });
});
