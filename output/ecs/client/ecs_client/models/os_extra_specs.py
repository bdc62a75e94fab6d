"""OsExtraSpecs: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .cond_operation_status import CondOperationStatus
from .quota_nvme_ssd import QuotaNvmeSsd

__all__ = ['OsExtraSpecs']


@dataclass(kw_only=True)
class OsExtraSpecs:
    """The OsExtraSpecs object.

    Attributes:
        ecs_performancetype (JSON 'ecs:performancetype'): Specifies the ECS flavor type:
            • normal: general computing
            • cpuv1: computing I
            • cpuv2: computing II
            • computingv3: general computing-plus
            • highmem: memory-optimized
            • saphana: large-memory
            • saphana: large-memory HANA ECS
            • diskintensive: disk-intensive
            • highcpu: high-performance computing
            • gpu: GPU-accelerated
            • fpga: FPGA-accelerated
        resource_type: Specifies the resource type. resource_type is used to differentiate between the types of the physical servers accommodating ECSs.
        instance_vnic_type (JSON 'instance_vnic:type'): Specifies the NIC type. The value of this parameter is consistently enhanced, indicating that network enhancement ECSs are to be created.
        instance_vnic_instance_bandwidth (JSON 'instance_vnic:instance_bandwidth'): Specifies the maximum bandwidth in the unit of Mbit/s. The maximum value of this parameter is 10000.
        instance_vnic_max_count (JSON 'instance_vnic:max_count'): Specifies the maximum number of NICs. The maximum value of this parameter is 4.
        quota_local_disk (JSON 'quota:local_disk'): The value of this parameter is in format of \"{type}:{count}:{size}:{safeFormat}\", where,
            • type: indicates the disk type, which can only be HDD.
            • count: indicates the number of local disks.
            • For D2 ECSs, the value can be 2, 4, 8, 12, 16, or 24.
            • For D3 ECSs, the value can be 2, 4, 8, 12, 16, 24, or 28.
            • size: indicates the capacity of a single disk, in GB. Currently, only 1675 is supported. The actual disk size is 1800, and the available size after formatting is 1675.
            • safeFormat: indicates whether the local disks of the ECS are securely formatted.
            • For D2 or D3 ECSs, the value is True.
            This field is dedicated for disk-intensive ECSs.
        quota_nvme_ssd (JSON 'quota:nvme_ssd'): The value of this parameter is in the format of {type}:{spec}:{num}:{size}:{safeFormat}:.
            • type: indicates the capacity of a single NVME SSD disk attached to the ECS, which can only be 1.6 TB or 3.2 TB.
            • spec: indicates the specification of the NVME SSD disk, which can be large or small.
            If the value is large, only I3 ECSs are supported.
            • num: indicates the number of partitions on the disk.
            • size: indicates the capacity, in the unit of GB, of the disk used by the guest user. If the spec value is large, the value of this parameter is the size of a single disk attached to the ECS. If the spec value is small, the value of this parameter is 1/4 or 1/2 of the specification.
            • safeFormat: indicates whether the local disks of the ECS are securely formatted.
            If the value is True, only I3 ECSs are supported.
            This field is dedicated for ultra-high I/O ECSs.
        ecs_generation (JSON 'ecs:generation'): Specifies the generation of an ECS type.
            For example, 3 in s3 indicates the general-purpose third-generation ECSs. For details about flavors and generations, see ECS Specifications in Elastic Cloud Server User Guide.
        ecs_virtualization_env_types (JSON 'ecs:virtualization_env_types'): Specifies a virtualization type.
            • If the parameter value is FusionCompute, the ECS uses Xen virtualization. Currently, the Xen virtualization technology is not supported.
            • If the parameter value is CloudCompute, the ECS uses KVM virtualization.
            This field is optional.
        pci_passthrough_enable_gpu (JSON 'pci_passthrough:enable_gpu'): Indicates whether the GPU is passthrough.
            If the value is true, the GPU is passthrough.
        pci_passthrough_alias (JSON 'pci_passthrough:alias'): Indicates the model and quantity of passthrough-enabled GPUs on P1 ECSs. The parameter value can be set to nvidia-p100:1, indicating that the ECS using this specification will occupy one NVIDIA P100 GPU.
        cond_operation_status (JSON 'cond:operation:status'): This parameter takes effect region-wide. If an AZ is not configured in the cond:operation:az parameter, the value of this parameter is used by default. If this parameter is not set or used, the meaning of normal applies. Options:
            • normal: indicates normal commercial use of the flavor.
            • abandon: indicates that the flavor has been canceled (not displayed).
            • sellout: indicates that the flavor has been sold out.
            • obt: indicates that the flavor is under open beta testing (OBT).
            • obt_sellout: indicates that the OBT resources are sold out.
            • promotion: indicates the recommended flavor (commercial use, which is similar to normal).
        cond_operation_az (JSON 'cond:operation:az'): This parameter takes effect AZ-wide. If an AZ is not configured in this parameter, the value of the cond:operation:status parameter is used by default. This parameter is in the format of \"az(xx)\". The value in parentheses is the flavor status in an AZ. If the parentheses are left blank, the configuration is invalid. The cond:operation:az options are the same as the cond:operation:status options.
            For example, a flavor is for commercial use in AZs 0 and 3, sold out in AZ 1, for OBT in AZ 2, and is canceled in other AZs. Then, set parameters as follows:
            • cond:operation:status: abandon
            • cond:operation:az: az0(normal), az1(sellout), az2(obt), az3(normal)
            Configure this parameter if the flavor status in an AZ is different from the cond:operation:status value.
        quota_max_rate (JSON 'quota:max_rate'): Specifies the maximum bandwidth.
            • Unit: Mbit/s. If a bandwidth is in the unit of Gbit/s, it must be divided by 1000.
        quota_min_rate (JSON 'quota:min_rate'): Specified the assured bandwidth.
            • Unit: Mbit/s. If a bandwidth is in the unit of Gbit/s, it must be divided by 1000.
        quota_max_pps (JSON 'quota:max_pps'): Specifies the maximum intranet PPS.
            • Unit: number. If a value is in the unit of 10000, it must be divided by 10000.
        cond_operation_charge (JSON 'cond:operation:charge'): Specifies a billing type.
            • Both billing types are supported if this parameter is not set.
            • Pay-per-use
        cond_compute (JSON 'cond:compute'): Specifies computing constraints.
            • autorecovery: indicates that automatic recovery is supported.
            • If this parameter does not exist, automatic recovery is not supported.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.4.1 os_extra_specs
    """

    ecs_performancetype: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    instance_vnic_type: str | Unset = UNSET
    instance_vnic_instance_bandwidth: str | Unset = UNSET
    instance_vnic_max_count: str | Unset = UNSET
    quota_local_disk: str | Unset = UNSET
    quota_nvme_ssd: QuotaNvmeSsd | Unset = UNSET
    ecs_generation: str | Unset = UNSET
    ecs_virtualization_env_types: str | Unset = UNSET
    pci_passthrough_enable_gpu: str | Unset = UNSET
    pci_passthrough_alias: str | Unset = UNSET
    cond_operation_status: CondOperationStatus | Unset = UNSET
    cond_operation_az: str | Unset = UNSET
    quota_max_rate: str | Unset = UNSET
    quota_min_rate: str | Unset = UNSET
    quota_max_pps: str | Unset = UNSET
    cond_operation_charge: str | Unset = UNSET
    cond_compute: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('ecs:performancetype', self.ecs_performancetype),
            ('resource_type', self.resource_type),
            ('instance_vnic:type', self.instance_vnic_type),
            ('instance_vnic:instance_bandwidth', self.instance_vnic_instance_bandwidth),
            ('instance_vnic:max_count', self.instance_vnic_max_count),
            ('quota:local_disk', self.quota_local_disk),
            ('quota:nvme_ssd', self.quota_nvme_ssd),
            ('ecs:generation', self.ecs_generation),
            ('ecs:virtualization_env_types', self.ecs_virtualization_env_types),
            ('pci_passthrough:enable_gpu', self.pci_passthrough_enable_gpu),
            ('pci_passthrough:alias', self.pci_passthrough_alias),
            ('cond:operation:status', self.cond_operation_status),
            ('cond:operation:az', self.cond_operation_az),
            ('quota:max_rate', self.quota_max_rate),
            ('quota:min_rate', self.quota_min_rate),
            ('quota:max_pps', self.quota_max_pps),
            ('cond:operation:charge', self.cond_operation_charge),
            ('cond:compute', self.cond_compute),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsExtraSpecs:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            ecs_performancetype=_d.pop('ecs:performancetype', UNSET),
            resource_type=_d.pop('resource_type', UNSET),
            instance_vnic_type=_d.pop('instance_vnic:type', UNSET),
            instance_vnic_instance_bandwidth=_d.pop('instance_vnic:instance_bandwidth', UNSET),
            instance_vnic_max_count=_d.pop('instance_vnic:max_count', UNSET),
            quota_local_disk=_d.pop('quota:local_disk', UNSET),
            quota_nvme_ssd=_S.opt(_d.pop('quota:nvme_ssd', UNSET), lambda x: _S.enum_of(QuotaNvmeSsd, x)),
            ecs_generation=_d.pop('ecs:generation', UNSET),
            ecs_virtualization_env_types=_d.pop('ecs:virtualization_env_types', UNSET),
            pci_passthrough_enable_gpu=_d.pop('pci_passthrough:enable_gpu', UNSET),
            pci_passthrough_alias=_d.pop('pci_passthrough:alias', UNSET),
            cond_operation_status=_S.opt(_d.pop('cond:operation:status', UNSET), lambda x: _S.enum_of(CondOperationStatus, x)),
            cond_operation_az=_d.pop('cond:operation:az', UNSET),
            quota_max_rate=_d.pop('quota:max_rate', UNSET),
            quota_min_rate=_d.pop('quota:min_rate', UNSET),
            quota_max_pps=_d.pop('quota:max_pps', UNSET),
            cond_operation_charge=_d.pop('cond:operation:charge', UNSET),
            cond_compute=_d.pop('cond:compute', UNSET),
            additional_properties=_d,
        )
