namespace CrossBorderBot.Dialogs.Guides;

/// <param name="PlaybookId">The playbook walked last.</param>
/// <param name="Completed">True when the user went through all its steps; false when no playbook helped.</param>
/// <param name="Tried">The playbooks the user said did not help, in order.</param>
public sealed record PlaybookWalkResult(string PlaybookId, bool Completed, List<string> Tried);
