import { describe, expect, it } from "vitest";
import { findEventPlaces, findPlaces, placeKeys } from "./places";

const places = (text: string) => findPlaces(text, { start: 0, end: text.length }).map((p) => ({ name: p.name, type: p.placeType, words: text.slice(p.start, p.end) }));

describe("findPlaces", () => {
  it("splits 'X and Y regions' into two regions", () => {
    expect(places("Shelling hit the Donetsk and Luhansk regions overnight.")).toEqual([
      { name: "Donetsk region", type: "region", words: "Donetsk" },
      { name: "Luhansk region", type: "region", words: "Luhansk regions" },
    ]);
  });

  it("reads 'the city of X' and places after prepositions, not months or weekdays", () => {
    expect(places("A missile hit the city of Dnipro in June.")).toEqual([{ name: "Dnipro", type: "city", words: "Dnipro" }]);
    expect(places("Talks were held in Geneva on Monday.")).toEqual([{ name: "Geneva", type: undefined, words: "Geneva" }]);
  });

  it("gives countries their canonical name and code", () => {
    const [p] = findPlaces("Troops crossed into Ukraine.", { start: 0, end: 28 });
    expect(p).toMatchObject({ name: "Ukraine", placeType: "country", country: "UA" });
  });

  it("leaves out places that only describe an official or sit in a relative clause", () => {
    const text = "The governor of the Kursk region said a drone hit a depot in Rylsk, which lies near the Sumy region.";
    expect(findEventPlaces(text, { start: 0, end: text.length }).map((p) => p.name)).toEqual(["Rylsk"]);
  });

  it("does not take a named treaty or talks for a place", () => {
    expect(places("Moscow withdrew from the New START treaty in February.")).toEqual([]);
  });

  it("keys a place by its name words without the kind", () => {
    expect(placeKeys("Moscow region")).toEqual(["moscow"]);
  });
});
