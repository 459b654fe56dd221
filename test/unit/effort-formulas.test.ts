// Reviewer #6 on the pl/fi/lt/sq effort formulas ('Robimy wszystko, co w naszej mocy', 'Teemme parhaamme'): the
// formula is hollow when nothing backs it, not when its own sentence goes on to the step and its time.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const hollow = (text: string, language: string): string[] =>
  findingsOf('formula/hollow-phrase', text, 'update.md', { language, kind: 'auto-reply' }).map((finding) => finding.excerpt);

describe('effort formulas: hollow unless their sentence gives the step with its time', () => {
  it('flags the formula with nothing behind it', () => {
    assert.deepEqual(hollow('Zrobiliśmy wszystko, co w naszej mocy, aby przerwa trwała jak najkrócej.', 'pl'), ['Zrobiliśmy wszystko, co w naszej mocy']);
    assert.deepEqual(hollow('Teemme parhaamme, jotta palvelu saadaan toimimaan.', 'fi'), ['Teemme parhaamme']);
    assert.deepEqual(hollow('Darome viską, kad kuo greičiau pašalintume sutrikimus.', 'lt'), ['Darome viską, kad']);
  });

  it('leaves the formula whose sentence goes on to what was done and when', () => {
    assert.deepEqual(hollow('Zrobiliśmy wszystko, aby paczka dotarła przed świętami: nadaliśmy ją dziś o 9:00 kurierem ekspresowym.', 'pl'), []);
    assert.deepEqual(hollow('Teemme parhaamme, jotta vika ei toistu: lisäämme valvontaan uuden hälytyksen perjantaihin mennessä.', 'fi'), []);
    // The time the problem began, before the formula, backs nothing (reviewer #13); nor does a time in the next sentence.
    assert.deepEqual(hollow('Maksujärjestelmässä on ollut häiriö tänään klo 9.00 alkaen, ja teemme kaikkemme sen korjaamiseksi.', 'fi'), ['teemme kaikkemme']);
    assert.deepEqual(hollow('Od dzisiaj od godziny 9:00 trwa awaria systemu płatności i dokładamy wszelkich starań, aby ją usunąć.', 'pl'), [
      'dokładamy wszelkich starań',
    ]);
    assert.deepEqual(hollow('Robimy wszystko, aby usługa wróciła. Kolejna aktualizacja o 18:00.', 'pl'), ['Robimy wszystko, aby']);
  });

  it('recall: en "we\'re doing everything we can" and fi "teki kaikkensa" with nothing behind them (issue 13 item 6)', () => {
    assert.deepEqual(hollow("We're doing everything we can.", 'en'), ["We're doing everything we can"]);
    assert.deepEqual(hollow('We are doing everything possible to restore the service.', 'en'), ['We are doing everything possible']);
    assert.deepEqual(hollow('We are doing everything we can: the courier is rebooked for Friday 10:00.', 'en'), []);
    assert.deepEqual(hollow('Asiakaspalvelumme teki kaikkensa.', 'fi'), ['teki kaikkensa']);
  });

  it('a time beside another hollow phrase excuses nothing', () => {
    assert.deepEqual(hollow('Pana zgłoszenie jest dla nas bardzo ważne, odpowiemy do 12:00.', 'pl'), ['zgłoszenie jest dla nas bardzo ważne']);
  });
});
