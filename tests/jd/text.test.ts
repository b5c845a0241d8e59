import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, asModifier, enumerate, formatNumber, inSentence, lowerFirst, sentence, tidy, titleCase, wordUsage } from '../../src/jd/text.js';

describe('prose helpers', () => {
  it('enumerates naturally, with semicolons when an item has its own "and"', () => {
    expect(enumerate([])).toBe('');
    expect(enumerate(['A'])).toBe('A');
    expect(enumerate(['PyTorch', 'TensorFlow'], 'or')).toBe('PyTorch or TensorFlow');
    expect(enumerate(['A', 'B', 'C'])).toBe('A, B and C');
    expect(enumerate(['image processing', 'feature detection and matching', 'ResNet'])).toBe('image processing; feature detection and matching; and ResNet');
    expect(enumerate(['search and ranking', 'computer vision'], 'or')).toBe('search and ranking or computer vision');
  });

  it('chooses a or an by sound as spelling shows it', () => {
    expect(article('senior engineer')).toBe('a');
    expect(article('entry-level engineer')).toBe('an');
    expect(article('ML platform engineer')).toBe('an');
    expect(article('NLP engineer')).toBe('an');
    expect(article('GPU engineer')).toBe('a');
    expect(article('user researcher')).toBe('a');
    expect(article('hour')).toBe('an');
  });

  it('title-cases a posting title but keeps acronyms and small words', () => {
    expect(titleCase('Machine learning engineer')).toBe('Machine Learning Engineer');
    expect(titleCase('ML platform engineer')).toBe('ML Platform Engineer');
    expect(titleCase('Search and ranking')).toBe('Search and Ranking');
    expect(titleCase('Entry-level')).toBe('Entry-level');
  });

  it('formats numbers the same everywhere', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(120000.5)).toBe('120,000.50');
    expect(formatNumber(999.999)).toBe('1,000');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(Number(formatNumber(n).replace(/,/g, ''))).toBe(n);
      }),
    );
    expect(formatNumber(1e21)).toBe('1e+21');
  });

  it('lower-cases ordinary first words only', () => {
    expect(lowerFirst('Whole projects and systems')).toBe('whole projects and systems');
    expect(lowerFirst('Features, models or components')).toBe('features, models or components');
    expect(lowerFirst('ML system design')).toBe('ML system design');
    expect(lowerFirst('PyTorch')).toBe('PyTorch');
    expect(lowerFirst('CTC loss')).toBe('CTC loss');
  });

  it('words names mid-sentence as the taxonomy\'s own prose writes them', () => {
    const usage = wordUsage('We use the Kalman filter. A Kalman gain. Object detection finds objects; object detection is common. The Conformer model, and the Conformer again.');
    expect(inSentence('Object detection', usage)).toBe('object detection');
    expect(inSentence('Kalman filtering', usage)).toBe('Kalman filtering');
    expect(inSentence('Conformer', usage)).toBe('Conformer');
    expect(inSentence('Speaker diarization', usage)).toBe('speaker diarization');
    // A capitalised second word marks a proper name.
    expect(inSentence('Faster R-CNN', usage)).toBe('Faster R-CNN');
    expect(inSentence('Segment Anything Model', usage)).toBe('Segment Anything Model');
  });

  it('makes a plural name a modifier', () => {
    expect(asModifier('large language models')).toBe('large language model');
    expect(asModifier('recommender systems')).toBe('recommender system');
    expect(asModifier('speech recognition')).toBe('speech recognition');
    expect(asModifier('robotics')).toBe('robotics');
    expect(asModifier('search and ranking')).toBe('search and ranking');
  });

  it('tidies and ends sentences', () => {
    expect(tidy('  a\n\tb \u0000c ')).toBe('a b c');
    expect(sentence('deliver tasks')).toBe('Deliver tasks.');
    expect(sentence('Done!')).toBe('Done!');
    expect(sentence('   ')).toBe('');
  });
});
