namespace CrossBorderBot.Storage;

/// <summary>
/// The types kept in bot state that were renamed since conversations were saved with them. Stored state names a value's
/// type (<c>$type</c>, also inside a generic type's arguments); a former name is read as the type's current one, so a
/// rename does not reset the conversations that were stored before it.
/// </summary>
internal static class StoredTypeRenames
{
    // Full type names, none of which begins another type's name, so a plain replacement finds each one wherever it stands.
    private static readonly (string Former, string Current)[] Renames =
    [
        // The question-card ledger serves every channel whose old cards stay clickable, no longer Teams alone.
        ("CrossBorderBot.Channels.Teams.TeamsCardLedger", "CrossBorderBot.Channels.QuestionCards.QuestionCardLedger"),
        ("CrossBorderBot.Channels.Teams.TeamsCardRecord", "CrossBorderBot.Channels.QuestionCards.QuestionCardRecord"),
    ];

    /// <summary>The assembly-qualified type name <paramref name="qualifiedName"/> with every former type name in it made current.</summary>
    public static string Current(string qualifiedName)
    {
        foreach (var (former, current) in Renames)
        {
            qualifiedName = qualifiedName.Replace(former, current, StringComparison.Ordinal);
        }

        return qualifiedName;
    }
}
