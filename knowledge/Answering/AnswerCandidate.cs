namespace CrossBorderBot.Knowledge.Answering;

/// <summary>An entry considered for an answer, with the parts of its score (kept apart so misses can be read).</summary>
internal sealed record AnswerCandidate(AnswerEntry Entry, double Text, double Entity, double Fit, double Coverage, bool Named)
{
    public double Score => Text + Entity + Fit + Coverage;
}
