namespace CrossBorderBot.Understanding;

/// <summary>A region named in a message ("Southeast Asia", "欧洲"): its knowledge-base id and the words typed.</summary>
public sealed record RegionEntity(string Id, string Text);
