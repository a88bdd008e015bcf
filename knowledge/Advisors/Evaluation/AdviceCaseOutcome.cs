namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>What an advisor answered to a case, reduced to what the expectations look at.</summary>
internal sealed record AdviceCaseOutcome
{
    public string? Mode { get; init; }

    /// <summary>Ranked options, best first, with the score shown.</summary>
    public required IReadOnlyList<(string Id, decimal Score)> Ranked { get; init; }

    public required IReadOnlyList<(string Id, string Reason)> Excluded { get; init; }

    public string? Verdict { get; init; }

    /// <summary>The name of the option ranked first, as the verdict should name it.</summary>
    public string? FirstName { get; init; }

    public IReadOnlyList<OutcomeLine> Lines { get; init; } = [];

    public decimal? PaidAtDoor { get; init; }

    public decimal? PaidAtDoorMax { get; init; }

    public bool HasLandedCost { get; init; }

    /// <summary>All English text the user would read.</summary>
    public required string Text { get; init; }

    /// <summary>English text shown for each option.</summary>
    public required IReadOnlyDictionary<string, string> TextById { get; init; }
}
