import { describe, expect, it } from 'vitest';
import { trimLead } from '../../utils/core/lift';

describe('trimLead', () => {
  it('drops wire datelines, with or without an agency', () => {
    expect(trimLead('BRUSSELS, January 22 (Xinhua) -- Two recent polls showed a majority in favor.')).toBe('Two recent polls showed a majority in favor.');
    expect(trimLead('WASHINGTON _ Vice President Al Gore will take his first formal step.')).toBe('Vice President Al Gore will take his first formal step.');
    expect(trimLead('ISTANBUL, Turkey _ At least seven people died Monday.')).toBe('At least seven people died Monday.');
    expect(trimLead('ISTANBUL (Turkey), August 21 (Xinhua) -- Blaze in a refinery has been under control.')).toBe('Blaze in a refinery has been under control.');
    expect(trimLead('CANBERRA, November 27 (Xinhua) --The government criticised the report.')).toBe('The government criticised the report.');
    // A particle or "Mc" in a place's name written in capitals.
    expect(trimLead("COEUR d'ALENE, Idaho _ Morris S. Dees Jr. came to court here Monday.")).toBe('Morris S. Dees Jr. came to court here Monday.');
    expect(trimLead('McALLEN, Texas (AP) -- Border agents found the truck.')).toBe('Border agents found the truck.');
  });

  it('leaves a sentence that only opens with capitals alone', () => {
    for (const s of ['U.S. officials said the talks would resume.', 'NATO (the alliance) -based forces stayed.', 'ERA has identified more uranium at Jabiluka.']) expect(trimLead(s)).toBe(s);
  });

  it("drops a digest item's list marker", () => {
    expect(trimLead('-- The Federal Government is considering a new policy in the region.')).toBe('The Federal Government is considering a new policy in the region.');
    expect(trimLead('• Prices rose for a third month.')).toBe('Prices rose for a third month.');
    // A minus sign on a figure is part of it.
    expect(trimLead('-5 degrees was the low in Oslo.')).toBe('-5 degrees was the low in Oslo.');
  });

  it('drops a leading connective and keeps the rest as written', () => {
    expect(trimLead('However, the judge delayed his ruling.')).toBe('The judge delayed his ruling.');
  });
});
