namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>Precision, recall and F1 of one entity kind (or of all kinds together when <see cref="Kind"/> is "all").</summary>
internal sealed record EntityTypeMetrics(string Kind, int Expected, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? (Expected == 0 ? 1 : 0) : (double)Correct / Predicted;

    public double Recall => Expected == 0 ? (Predicted == 0 ? 1 : 0) : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
