"""What every stage knows about English news text: sentences, the calendar, the lexicon."""
