"""Papers the user takes away: the letter dialog, a loan's documents, the PDF report and the folder
they are saved to."""
