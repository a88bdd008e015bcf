namespace CrossBorderBot.Tests.Fuzz;

/// <summary>What one fuzz case got: the kind of request, the HTTP status, and what was wrong with the answer (if anything).</summary>
public sealed record FuzzCaseResult(string Kind, int Status, string? Problem = null);
