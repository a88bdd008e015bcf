namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>A landed-cost line as the case book checks it.</summary>
internal sealed record OutcomeLine(string Kind, string Collection, decimal Min, decimal Max);
