namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>Precision and recall of one intent.</summary>
internal sealed record IntentMetrics(string Intent, int Expected, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
}
