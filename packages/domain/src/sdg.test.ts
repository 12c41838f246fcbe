import { describe, expect, it } from 'vitest';
import {
  compareSdgCodes,
  findSdgGoal,
  findSdgIndicator,
  findSdgTarget,
  sdgGoals,
  sdgIndicatorTitle,
  sdgIndicators,
  sdgTargets,
} from './sdg.js';

describe('SDG goals', () => {
  it('has the 17 goals in order with German and English titles', () => {
    expect(sdgGoals).toHaveLength(17);
    expect(sdgGoals.map((goal) => goal.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(findSdgGoal(11)).toMatchObject({ code: '11', shortDe: 'Nachhaltige Städte und Gemeinden' });
    for (const goal of sdgGoals) {
      expect(goal.titleDe.length).toBeGreaterThan(0);
      expect(goal.titleEn.length).toBeGreaterThan(0);
    }
  });

  it('carries the official UN colours', () => {
    expect(findSdgGoal(1)?.color).toBe('#E5243B');
    expect(findSdgGoal(11)?.color).toBe('#FD9D24');
    expect(findSdgGoal(17)?.color).toBe('#19486A');
    expect(new Set(sdgGoals.map((goal) => goal.color)).size).toBe(17);
  });
});

describe('SDG targets', () => {
  it('has the 169 targets, each under an existing goal', () => {
    expect(sdgTargets).toHaveLength(169);
    for (const target of sdgTargets) {
      expect(findSdgGoal(target.goalNumber)).toBeDefined();
      expect(target.code.startsWith(`${target.goalNumber}.`)).toBe(true);
    }
  });

  it('lists targets in the official order with numbers before letters and 1.10 after 1.9', () => {
    expect(sdgTargets.slice(0, 8).map((target) => target.code)).toEqual([
      '1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b', '2.1',
    ]);
    const goal8 = sdgTargets.filter((target) => target.goalNumber === 8).map((target) => target.code);
    expect(goal8.indexOf('8.10')).toBe(goal8.indexOf('8.9') + 1);
    expect(goal8.at(-1)).toBe('8.b');
    expect(sdgTargets.at(-1)?.code).toBe('17.19');
  });

  it('numbers sortOrder 1…169 following that order', () => {
    expect(sdgTargets.map((target) => target.sortOrder)).toEqual(Array.from({ length: 169 }, (_, i) => i + 1));
    expect(findSdgTarget('11.6')?.titleDe).toContain('Umweltbelastung');
  });
});

describe('SDG indicators', () => {
  it('holds every row, flags the five removed ones and keeps 11.5.3 without a German title', () => {
    expect(sdgIndicators).toHaveLength(253);
    const removed = sdgIndicators.filter((indicator) => !indicator.inUnFramework).map((indicator) => indicator.code);
    expect(removed.sort(compareSdgCodes)).toEqual(['1.a.3', '8.9.2', '11.c.1', '13.3.2', '17.6.2']);
    const missing = findSdgIndicator('11.5.3');
    expect(missing).toMatchObject({ titleDe: null, titleDeStatus: 'missing', targetCode: '11.5', goalNumber: 11 });
    expect(sdgIndicatorTitle({ titleDe: null, titleEn: 'Direct economic loss' }, 'de')).toBe('Direct economic loss');
    expect(sdgIndicatorTitle({ titleDe: 'Wirtschaftlicher Schaden', titleEn: 'Direct economic loss' }, 'de')).toBe(
      'Wirtschaftlicher Schaden',
    );
  });

  it('points every indicator at an existing target of the same goal, in official order', () => {
    for (const indicator of sdgIndicators) {
      expect(findSdgTarget(indicator.targetCode)?.goalNumber).toBe(indicator.goalNumber);
    }
    const codes = sdgIndicators.map((indicator) => indicator.code);
    expect(codes.indexOf('1.a.1')).toBeGreaterThan(codes.indexOf('1.5.4'));
    expect(sdgIndicators.map((indicator) => indicator.sortOrder)).toEqual(codes.map((_, i) => i + 1));
  });
});

describe('compareSdgCodes', () => {
  it('orders segments numerically, numbers before letters, shorter prefixes first', () => {
    const codes = ['1.a', '1.10', '10.1', '1.2', '2.1', '1.b', '1.9', '1', '1.2.1'];
    expect([...codes].sort(compareSdgCodes)).toEqual(['1', '1.2', '1.2.1', '1.9', '1.10', '1.a', '1.b', '2.1', '10.1']);
    expect(compareSdgCodes('3.4', '3.4')).toBe(0);
  });
});
