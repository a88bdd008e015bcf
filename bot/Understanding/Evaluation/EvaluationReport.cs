namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>How well the recognizer did on a labelled set.</summary>
/// <param name="Total">Number of utterances.</param>
/// <param name="IntentAccuracy">Share of utterances whose top intent is the labelled one.</param>
/// <param name="ChineseTotal">Number of utterances containing Chinese characters.</param>
/// <param name="ChineseIntentAccuracy">Intent accuracy over those utterances.</param>
/// <param name="SubTypeTotal">Number of utterances labelled with an issue sub-type (problem reports).</param>
/// <param name="SubTypeAccuracy">Share of those whose first recognised issue type is the labelled one.</param>
/// <param name="PerIntent">Precision and recall per intent.</param>
/// <param name="Entities">Overall entity figures (issue types excluded: they are the sub-type figure).</param>
/// <param name="PerEntityType">Entity figures per kind.</param>
/// <param name="EntityAccuracy">Share of utterances whose entities are exactly right.</param>
/// <param name="Misses">Every line with a wrong intent, sub-type or entity.</param>
internal sealed record EvaluationReport(
    int Total,
    double IntentAccuracy,
    int ChineseTotal,
    double ChineseIntentAccuracy,
    int SubTypeTotal,
    double SubTypeAccuracy,
    IReadOnlyList<IntentMetrics> PerIntent,
    EntityTypeMetrics Entities,
    IReadOnlyList<EntityTypeMetrics> PerEntityType,
    double EntityAccuracy,
    IReadOnlyList<EvaluationMiss> Misses)
{
    public double EntityPrecision => Entities.Precision;

    public double EntityRecall => Entities.Recall;

    public double EntityF1 => Entities.F1;
}
