using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Score 0–100 of one readiness dimension (mean of its answered questions).</summary>
public sealed record DimensionScore(ReadinessDimension Dimension, decimal Score, int AnsweredQuestions, int TotalQuestions)
{
    public bool Answered => AnsweredQuestions > 0;
}
