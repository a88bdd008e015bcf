namespace CrossBorderBot.Dialogs.Guides;

/// <param name="Candidates">Playbook ids, the one to walk first, then the ones to try when it does not help.</param>
/// <param name="Market">The user's market (country code or region id) for the playbooks' market notes.</param>
public sealed record PlaybookWalkOptions(List<string> Candidates, string? Market, string? Platform = null);
