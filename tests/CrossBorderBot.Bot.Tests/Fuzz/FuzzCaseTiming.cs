namespace CrossBorderBot.Tests.Fuzz;

/// <summary>How long one case took from start to answer (with the answers it waited behind).</summary>
public sealed record FuzzCaseTiming(int Index, string Kind, TimeSpan Elapsed);
