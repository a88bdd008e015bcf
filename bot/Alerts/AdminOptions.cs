namespace CrossBorderBot.Alerts;

/// <summary>Settings section <c>Admin</c>: the operator's key for the admin endpoints (none = those endpoints answer 404).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The bearer key of <c>POST /api/admin/…</c>; empty turns the admin endpoints off.</summary>
    public string ApiKey { get; set; } = string.Empty;
}
