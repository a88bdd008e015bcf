namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>How well the recognizer did on a labelled set.</summary>
internal sealed record EvaluationReport(
    int Total,
    double IntentAccuracy,
    IReadOnlyList<IntentMetrics> PerIntent,
    double EntityPrecision,
    double EntityRecall,
    double EntityAccuracy,
    IReadOnlyList<EvaluationMiss> Misses);
