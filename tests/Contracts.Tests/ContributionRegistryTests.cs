using System.Numerics;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Testing;
using Nethereum.Contracts;
using Nethereum.Util;

namespace GovernanceRewards.Contracts.Tests;

public sealed class ContributionRegistryTests(ChainFixture chain) : IClassFixture<ChainFixture>
{
    private const byte Data = 0, Storage = 1, Compute = 2, ModelTraining = 3, Code = 4;

    [Fact]
    public async Task An_attester_records_a_contribution_with_its_evidence()
    {
        var suite = await chain.DeploySuiteAsync();
        var evidence = Cid.Parse("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi");

        var receipt = await suite.Registry(0).RecordRequestAndWaitForReceiptAsync(
            chain.Address(3), ModelTraining, 120, evidence.Digest.ToArray(), evidence.Codec);

        var recorded = receipt.DecodeAllEvents<ContributionRecordedEventDTO>().Single().Event;
        Assert.Equal(BigInteger.Zero, recorded.Id);
        Assert.Equal(chain.Address(3), recorded.Contributor, ignoreCase: true);
        Assert.Equal(ModelTraining, recorded.Kind);
        Assert.Equal((BigInteger)120, recorded.Units);
        Assert.Equal(evidence, Cid.FromDigest(recorded.EvidenceCodec, recorded.EvidenceDigest));
        Assert.Equal(chain.Address(0), recorded.Attester, ignoreCase: true);
        Assert.Equal(1, await suite.Registry().ContributionCountQueryAsync());
        Assert.Equal(120, await suite.Registry().TotalUnitsQueryAsync(ModelTraining));
    }

    [Fact]
    public async Task A_batch_gets_consecutive_ids_and_adds_units_per_kind()
    {
        var suite = await chain.DeploySuiteAsync();
        await suite.Registry(0).RecordRequestAndWaitForReceiptAsync(chain.Address(3), Code, 1, Evidence("first"), Cid.RawCodec);
        var batch = new[] { Data, Storage, Compute, ModelTraining, Code, Compute }
            .Select((kind, i) => new Contribution { Contributor = chain.Address(4 + i % 3), Kind = kind, Units = 10 + i, EvidenceDigest = Evidence($"e{i}"), EvidenceCodec = Cid.RawCodec })
            .ToList();

        var receipt = await suite.Registry(0).RecordBatchRequestAndWaitForReceiptAsync(batch);

        var events = receipt.DecodeAllEvents<ContributionRecordedEventDTO>().Select(e => e.Event).ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6], events.Select(e => (int)e.Id));
        Assert.Equal(batch.Select(c => c.Units), events.Select(e => e.Units));
        Assert.Equal(7, await suite.Registry().ContributionCountQueryAsync());
        Assert.Equal(12 + 15, await suite.Registry().TotalUnitsQueryAsync(Compute));
        Assert.Equal(1 + 14, await suite.Registry().TotalUnitsQueryAsync(Code));
    }

    [Fact]
    public async Task Malformed_contributions_and_batches_are_refused_with_the_failing_index()
    {
        var suite = await chain.DeploySuiteAsync();
        var registry = suite.Registry(0);

        await Reverts.WithAsync<RegistryZeroUnitsError>(() => registry.RecordRequestAndWaitForReceiptAsync(chain.Address(3), Data, 0, Evidence("x"), Cid.RawCodec));
        await Reverts.WithAsync<RegistryZeroContributorError>(() => registry.RecordRequestAndWaitForReceiptAsync(AddressUtil.ZERO_ADDRESS, Data, 1, Evidence("x"), Cid.RawCodec));
        var bad = await Reverts.WithAsync<RegistryZeroUnitsError>(() => registry.RecordBatchRequestAndWaitForReceiptAsync(
        [
            new Contribution { Contributor = chain.Address(3), Kind = Data, Units = 1, EvidenceDigest = Evidence("a"), EvidenceCodec = Cid.RawCodec },
            new Contribution { Contributor = chain.Address(3), Kind = Data, Units = 0, EvidenceDigest = Evidence("b"), EvidenceCodec = Cid.RawCodec },
        ]));
        Assert.Equal(BigInteger.One, bad.Index);
        var empty = await Reverts.WithAsync<RegistryInvalidBatchSizeError>(() => registry.RecordBatchRequestAndWaitForReceiptAsync([]));
        Assert.Equal((BigInteger)1000, empty.Max);
        Assert.Equal(0, await suite.Registry().ContributionCountQueryAsync());
    }

    [Fact]
    public async Task Units_above_MAX_UNITS_are_refused_so_no_kind_total_can_be_pushed_to_overflow()
    {
        var suite = await chain.DeploySuiteAsync();
        var registry = suite.Registry(0);
        var max = BigInteger.Pow(2, 128) - 1;
        var uint256Max = BigInteger.Pow(2, 256) - 1;

        var single = await Reverts.WithAsync<RegistryUnitsTooLargeError>(() =>
            registry.RecordRequestAndWaitForReceiptAsync(chain.Address(3), Data, uint256Max, Evidence("overflow"), Cid.RawCodec));
        var inBatch = await Reverts.WithAsync<RegistryUnitsTooLargeError>(() => registry.RecordBatchRequestAndWaitForReceiptAsync(
        [
            new Contribution { Contributor = chain.Address(3), Kind = Data, Units = 1, EvidenceDigest = Evidence("a"), EvidenceCodec = Cid.RawCodec },
            new Contribution { Contributor = chain.Address(3), Kind = Data, Units = max + 1, EvidenceDigest = Evidence("b"), EvidenceCodec = Cid.RawCodec },
        ]));
        await registry.RecordRequestAndWaitForReceiptAsync(chain.Address(3), Data, max, Evidence("largest"), Cid.RawCodec);
        await registry.RecordRequestAndWaitForReceiptAsync(chain.Address(4), Data, max, Evidence("largest again"), Cid.RawCodec);

        Assert.Equal(max, await registry.MaxUnitsQueryAsync());
        Assert.Equal((BigInteger.Zero, uint256Max, max), (single.Index, single.Units, single.Max));
        Assert.Equal((BigInteger.One, max + 1), (inBatch.Index, inBatch.Units));
        Assert.Equal(2 * max, await suite.Registry().TotalUnitsQueryAsync(Data));
        Assert.Equal(2, await suite.Registry().ContributionCountQueryAsync());
    }

    [Fact]
    public async Task Attesters_are_granted_and_revoked_only_by_the_treasury()
    {
        var suite = await chain.DeploySuiteAsync();
        var role = await suite.Registry().AttesterRoleQueryAsync();

        await Reverts.WithAsync<AccessControlUnauthorizedAccountError>(() =>
            suite.Registry(3).RecordRequestAndWaitForReceiptAsync(chain.Address(3), Data, 1, Evidence("self-attested"), Cid.RawCodec));
        await Reverts.WithAsync<AccessControlUnauthorizedAccountError>(() => suite.Registry(0).GrantRoleRequestAndWaitForReceiptAsync(role, chain.Address(3)));

        await suite.AsTreasuryAsync(suite.RegistryAddress, new GrantRoleFunction { Role = role, Account = chain.Address(3) });
        await suite.Registry(3).RecordRequestAndWaitForReceiptAsync(chain.Address(4), Compute, 5, Evidence("job-17"), Cid.RawCodec);
        await suite.AsTreasuryAsync(suite.RegistryAddress, new RevokeRoleFunction { Role = role, Account = chain.Address(3) });

        await Reverts.WithAsync<AccessControlUnauthorizedAccountError>(() =>
            suite.Registry(3).RecordRequestAndWaitForReceiptAsync(chain.Address(4), Compute, 5, Evidence("job-18"), Cid.RawCodec));
        Assert.Equal(1, await suite.Registry().ContributionCountQueryAsync());
    }

    [Fact]
    public async Task Evidence_must_be_a_raw_or_dag_pb_CID_and_the_refusal_names_the_record_and_its_codec()
    {
        var suite = await chain.DeploySuiteAsync();
        var registry = suite.Registry(0);
        const ulong DagCbor = 0x71;

        var single = await Reverts.WithAsync<RegistryUnsupportedEvidenceCodecError>(() =>
            registry.RecordRequestAndWaitForReceiptAsync(chain.Address(3), Data, 1, Evidence("x"), DagCbor));
        var inBatch = await Reverts.WithAsync<RegistryUnsupportedEvidenceCodecError>(() => registry.RecordBatchRequestAndWaitForReceiptAsync(
        [
            new Contribution { Contributor = chain.Address(3), Kind = Data, Units = 1, EvidenceDigest = Evidence("a"), EvidenceCodec = Cid.DagPbCodec },
            new Contribution { Contributor = chain.Address(3), Kind = Data, Units = 1, EvidenceDigest = Evidence("b"), EvidenceCodec = 0 },
        ]));

        Assert.Equal((BigInteger.Zero, DagCbor), (single.Index, single.Codec));
        Assert.Equal((BigInteger.One, 0UL), (inBatch.Index, inBatch.Codec));
        Assert.Equal(0, await registry.ContributionCountQueryAsync());
    }

    private static byte[] Evidence(string cid) => Sha3Keccack.Current.CalculateHash(System.Text.Encoding.UTF8.GetBytes(cid));
}
