namespace CrossBorderBot.Knowledge.Answering.Evaluation;

/// <summary>
/// The figures of one run: top-1 entry accuracy and answer-contains accuracy over the answerable questions, and
/// the share of unanswerable questions that got an answer anyway (false answers).
/// </summary>
public sealed record AnswerEvaluationReport
{
    public required int Total { get; init; }

    public required int Answerable { get; init; }

    public required int Unanswerable { get; init; }

    public required int Chinese { get; init; }

    public required int Top1Correct { get; init; }

    public required int ContainsCorrect { get; init; }

    public required int FalseAnswers { get; init; }

    public required IReadOnlyList<AnswerEvaluationMiss> Misses { get; init; }

    public double Top1Accuracy => Answerable == 0 ? 0 : Top1Correct / (double)Answerable;

    public double ContainsAccuracy => Answerable == 0 ? 0 : ContainsCorrect / (double)Answerable;

    public double FalseAnswerRate => Unanswerable == 0 ? 0 : FalseAnswers / (double)Unanswerable;
}
