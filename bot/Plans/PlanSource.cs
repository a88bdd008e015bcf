namespace CrossBorderBot.Plans;

/// <summary>A source named in a plan, with the date its knowledge-base entry was last reviewed.</summary>
public sealed record PlanSource(string Title, string Publisher, string Url, DateOnly? Reviewed);
