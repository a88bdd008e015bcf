namespace CrossBorderBot.Dialogs.Guides;

/// <summary>What the fix-an-issue guide knows so far (kept in the waterfall's values as one typed record).</summary>
public sealed record FixIssueAnswers
{
    /// <summary>The problem in the user's words, or the chosen category's name.</summary>
    public string? Description { get; init; }

    /// <summary>An issue-type id when the user picked a category instead of describing the problem.</summary>
    public string? Category { get; init; }

    /// <summary>A country code or region id of the knowledge base.</summary>
    public string? Market { get; init; }

    /// <summary>The id of the platform the user named with the problem ("amazon suspended my account"), or null.</summary>
    public string? Platform { get; init; }

    /// <summary>True when no market was named and the guide went on without one (and said so).</summary>
    public bool MarketAssumed { get; init; }

    /// <summary>The matching playbooks' ids, best first, as last offered.</summary>
    public List<string>? Candidates { get; init; }

    /// <summary>The playbook turned down when the user told the problem again: offered after the others that fit.</summary>
    public string? Rejected { get; init; }
}
