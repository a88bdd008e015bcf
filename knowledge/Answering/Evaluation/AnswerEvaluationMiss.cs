namespace CrossBorderBot.Knowledge.Answering.Evaluation;

/// <summary>A question the answerer got wrong: the entry it chose (if any), whether the text held the fact, and the lead it wrote.</summary>
public sealed record AnswerEvaluationMiss(AnswerEvaluationCase Case, string? ChosenId, bool WrongEntry, bool MissingText, bool FalseAnswer, string Lead);
