namespace GovernanceRewards.Content;

/// <summary>One block of a DAG: its bytes and the CID that names them.</summary>
public sealed record ContentBlock(Cid Cid, ReadOnlyMemory<byte> Data);
