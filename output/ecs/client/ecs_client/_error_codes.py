"""The manual's error code table: code -> rows of (status, message, description, remedy).

A code can have several rows (the manual repeats some codes with different messages).
Generated; do not edit.
"""
from __future__ import annotations

ERROR_CODES: dict[str, tuple[tuple[int, str, str, str], ...]] = {
    'Ecs.0000': (
        (400, 'An existing EIP cannot be assigned to the ECSs created in batches.', 'Request error.', 'Check the request body according to the returned error message.'),
    ),
    'Ecs.0001': (
        (400, 'the number of instance above quota limits', 'The number of ECSs has reached the maximum allowed.', 'Apply for a higher quota of the corresponding resource according to the returned error message.'),
    ),
    'Ecs.0002': (
        (400, 'submit job failed', 'Failed to submit the task.', 'Contact customer service to locate the fault.'),
    ),
    'Ecs.0003': (
        (403, 'The token role contains op_suspended. The current operation is not allowed.', 'You do not have permission or your balance is insufficient.', 'Check whether the account balance is insufficient and the account is frozen according to the returned error message.'),
    ),
    'Ecs.0004': (
        (400, 'Failed to assign permissions: %s', 'Authentication failed.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0005': (
        (400, 'request body is illegal.', 'Invalid parameters.', 'Check whether the request body is of the correct JSON structure according to the API reference.'),
    ),
    'Ecs.0007': (
        (400, 'ecs service not support the ironic image [%s]', 'Invalid image attributes.', 'Adjust the specifications or image type.'),
    ),
    'Ecs.0008': (
        (400, 'performancetype in extended flavor field [%s] is null.', 'Invalid flavor attributes.', 'Contact customer service to check whether the flavor registration is valid.'),
    ),
    'Ecs.0009': (
        (400, 'Another flavor must be used for resizing.', 'Flavor conflict.', 'Change the flavor when modifying ECS specifications.'),
    ),
    'Ecs.0010': (
        (400, 'Private IP address %s is already in use.', 'The private IP address is already in use.', 'Change the port.'),
    ),
    'Ecs.0011': (
        (400, 'The password length must range from 8 to 26.', 'Failed to meet password complexity requirements.', 'Check the password length and change the password.'),
    ),
    'Ecs.0012': (
        (400, 'Insufficient IP addresses.', 'The number of IP addresses in the subnet is insufficient.', 'Check whether the floating IP addresses of the subnet are used up.'),
    ),
    'Ecs.0013': (
        (400, 'Insufficient EIP quota.', 'Insufficient EIP quota.', 'Apply for a higher EIP quota because the EIP quota is insufficient.'),
    ),
    'Ecs.0014': (
        (400, 'vpc parm is illegal', 'Invalid VPC parameters.', 'Check whether the subnets belong to the same VPC.'),
    ),
    'Ecs.0015': (
        (400, 'Flavor resource_type %s does not match volume_type %s.', 'The disk of this type is not applicable to the ECS.', 'Check whether the disk type is supported by the flavor.'),
    ),
    'Ecs.0017': (
        (400, 'The vmid [%s] in volume metadata is not the same with vmid [%s]', 'The ECS is not the target one that the system disk or data disk to be attached.', 'Check whether the __system__server_id value in disk metadata is the same as the UUID of the ECS to which the system disk or data disk is to be attached.'),
    ),
    'Ecs.0021': (
        (400, 'cinder quota check fail:volume count is over limits', 'Insufficient EVS disk quota.', 'Apply for a higher EVS disk quota.'),
    ),
    'Ecs.0022': (
        (400, 'the number of instance above server group quota limits', 'The number of ECSs in the ECS group exceeded the upper limit.', 'Apply for a higher ECS quota for an ECS group.'),
    ),
    'Ecs.0023': (
        (400, 'project_id in token mismatches with project_id in url.', 'Invalid token, or the project ID in the token is different from that in the URL.', 'Apply for a valid token or check the project ID in the URL.'),
    ),
    'Ecs.0025': (
        (400, 'Failed to check the role of kms', 'EVS is not authorized to obtain KMS keys for encrypting EVS disks.', 'Authorize EVS to obtain KMS keys for encrypting EVS disks.'),
    ),
    'Ecs.0029': (
        (400, 'the flavor[%s] does not exist.', 'The flavor does not exist or has been abandoned.', 'Change another flavor.'),
    ),
    'Ecs.0030': (
        (400, 'The server %s is freezed.', 'The ECS has been frozen.', 'Check whether the account has been frozen or contact customer service.'),
    ),
    'Ecs.0031': (
        (400, 'image [%s] does not exist.', 'The image does not exist.', 'Change another image.'),
    ),
    'Ecs.0032': (
        (400, 'image[%s] status must be active', 'The image is not in Active state.', 'Change another image.'),
    ),
    'Ecs.0034': (
        (400, 'Backup %s does not exist.', 'The full-ECS backup does not exist or has been deleted.', 'Change another image.'),
    ),
    'Ecs.0036': (
        (400, 'flavor [%s] does not support auto recovery.', 'The flavor does not support automatic recovery.', 'Change another flavor.'),
    ),
    'Ecs.0037': (
        (400, 'Instance with flavor %s does not support mounte scsi-type disks.', 'The flavor does not support SCSI disks.', 'Change another flavor or type.'),
    ),
    'Ecs.0038': (
        (400, 'subnet [%s] is not exist.', 'The subnet does not exist.', 'Adjust network parameter settings.'),
    ),
    'Ecs.0039': (
        (400, 'privateIp [%s] is not in this subnet [%s]', 'The specified IP address does not belong to the subnet.', 'Change the specified private IP address.'),
    ),
    'Ecs.0041': (
        (400, "Description field length cannot be greater than 85 characters and cannot contain '>' and '<' characters", 'Invalid description field.', 'Modify the service description field.'),
    ),
    'Ecs.0042': (
        (400, 'The number of VBD volumes is %s, but KVM server supports up to 24.', 'The number of attached data disks exceeds the maximum allowed limit.', 'Adjust the number of attached data disks.'),
    ),
    'Ecs.0043': (
        (400, 'volume type[%s] is not exist.', 'The disk type does not exist.', 'Change the disk type.'),
    ),
    'Ecs.0044': (
        (400, 'the volumeType [%s] is sellout in az[%s]', 'The disk of this type has been sold out.', 'Change the disk type.'),
    ),
    'Ecs.0045': (
        (400, 'bandwidth size %d is invalid', 'The bandwidth exceeds the maximum size allowed.', 'Adjust the bandwidth.'),
    ),
    'Ecs.0046': (
        (400, 'The rootVolume type in the request must be consistent with the snapshot volume.', 'The disk type of the ECS is different from that of the snapshot image.', 'Change the disk type.'),
    ),
    'Ecs.0048': (
        (400, 'Image[%s] status is error or associated Backup[%s] status is error.', 'The full-ECS image is unavailable.', 'Check the full-ECS image.'),
    ),
    'Ecs.0050': (
        (400, 'The requested number of vif is bigger than the supplied.', 'The number of NICs attached to the ECS exceeds the maximum value allowed.', 'Adjust the number of NICs.'),
    ),
    'Ecs.0051': (
        (400, 'Instance can only mount scsi volumes.', 'The attached disk is not of SCSI type.', 'Adjust the disk type.'),
    ),
    'Ecs.0052': (
        (400, 'Instances can only mount scsi system volumes', 'The attached system disk is not of SCSI type.', 'Change the system disk type.'),
    ),
    'Ecs.0053': (
        (400, 'Instances can only mount scsi data volumes.', 'The attached data disk is not of SCSI type.', 'Change the data disk type.'),
    ),
    'Ecs.0057': (
        (400, 'the volume has already been attached to this instance and you cannot repeatedly attch.', 'The disk has been attached to the ECS.', 'Attach a new disk to the ECS.'),
    ),
    'Ecs.0058': (
        (400, 'current image provider does not match userDomainId', 'The provideId of the image does not match the account ID.', 'Check the account permission and image.'),
    ),
    'Ecs.0062': (
        (400, 'flavor does not support driver mode', 'The flavor does not allow settings of the NIC driver type.', 'Change another flavor.'),
    ),
    'Ecs.0064': (
        (400, 'vpcId in the request and vpcId of the main subnetId are not matched', 'Inconsistent VPC ID in the request body from that in the primary NIC.', 'Adjust the NIC parameter settings.'),
    ),
    'Ecs.0073': (
        (400, 'volume status is backing-up, cannot be deleted at this time.', 'The system disk is being backed up.', 'You are not allowed to delete a system disk that is being backed up.'),
    ),
    'Ecs.0074': (
        (400, 'windows image does not support external users', 'External users are not allowed to create Windows ECSs.', 'External users, including non-internal users and non-third-party users, are not allowed to purchase Windows images.'),
    ),
    'Ecs.0075': (
        (400, 'provider user only supports windows images.', 'Partners can purchase only Windows images.', 'Purchase only Windows images.'),
    ),
    'Ecs.0085': (
        (400, 'Server[%s] does not have port[%s].', 'The ECS does not have the NIC.', 'Replace a NIC.'),
    ),
    'Ecs.0086': (
        (400, 'Port[%s] is not the primary interface.', 'The NIC is not the primary NIC.', 'Replace a NIC.'),
    ),
    'Ecs.0100': (
        (400, 'Volumes can be attached to server[%s] only in started or stopped state.', 'The ECS status does not meet requirements.', 'The ECS in the current state does not support this operation. Try again later.'),
    ),
    'Ecs.0101': (
        (400, 'Status error of the system volume.', 'Abnormal system disk status.', 'For details, contact customer service.'),
    ),
    'Ecs.0102': (
        (400, 'System disk status does not support uninstallation ,serverId[%s]', 'The system disk status does not allow the disk to be detached.', 'Check the system disk status.'),
    ),
    'Ecs.0103': (
        (400, 'The volume %s has been frozen and cannot be attached.', 'The disk is unavailable.', 'Check the disk status or contact customer service to change the disk status.'),
    ),
    'Ecs.0104': (
        (400, 'The number of volumes attached to server[%s] has exceeded the upper limit.', 'Insufficient ECS disk quota for attaching more disks.', 'Adjust the number of attached disks.'),
    ),
    'Ecs.0105': (
        (400, 'Failed to view the details about the system volume: %s.', 'Failed to query the ECS system disk.', 'Check whether the ECS has a system disk attached.'),
    ),
    'Ecs.0106': (
        (400, 'Failed to create VLAN network %s because the network status is error.', 'Abnormal network status.', 'For details, contact customer service.'),
    ),
    'Ecs.0110': (
        (403, 'token role %s is forbidden to perform this action.', 'Operations are prohibited on the client due to permissions.', 'You do not have the permission to perform such an operation. Check token permissions. For details, see the error message returned by the API.'),
    ),
    'Ecs.0111': (
        (400, 'volume %s is not in server %s attach volume list', 'The disk is not in the attachment list.', 'Check whether the selected disk has been attached to the ECS, or replace the disk.'),
    ),
    'Ecs.0114': (
        (404, 'Instance[%s] could not be found.', 'The ECS cannot be detected.', 'Check whether the ECS has been created.'),
    ),
    'Ecs.0118': (
        (400, 'the number of vm %s is overlimit the maximum number %s', 'The number of tasks in a batch is greater than the upper limit.', 'Check the number of ECSs in the batch.'),
    ),
    'Ecs.0121': (
        (400, 'volume must has same faultDomain with server', 'Failed to attach the disk because the ECS and the disk are in different failure domains.', 'Select a disk that is in the same failure domain as that of the target ECS.'),
    ),
    'Ecs.0201': (
        (400, 'Failed to create port in network %s because %s.', 'Failed to create the NIC.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0202': (
        (400, 'Failed to create volume %s because %s.', 'Failed to create the system disk.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0203': (
        (400, 'Failed to create volume %s because %s.', 'Failed to create the data disk.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0204': (
        (400, 'Failed to add a tag to server %s: %s.', 'Failed to create the ECS.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0205': (
        (400, 'Failed to call the Nova API to attach volume %s to ECS %s because %s.', 'Failed to attach the data disk.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0207': (
        (400, 'Failed to resize server %s: %s.', 'Failed to modify ECS specifications.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0208': (
        (400, 'Failed to update the metadata of image %s.', 'Failed to update the image metadata.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0209': (
        (400, 'Failed to confirm the flavor change of server %s: %s.', 'Failed to confirm the ECS specifications modification.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0210': (
        (400, 'Failed to call the VPC API to assign an FIP to port %s: %s.', 'Failed to assign the floating IP address.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0211': (
        (400, 'Failed to create QoS because %s.', 'Failed to create the NIC.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0212': (
        (400, 'Failed to call the Neutron API to view private IP addresses because the response is null or invalid.', 'Failed to allocate the private IP address.', 'For details, contact customer service.'),
    ),
    'Ecs.0213': (
        (400, 'Failed to update allowed_address_pairs of port %s because %s.', 'Failed to update the port attributes.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0214': (
        (400, 'Failed to create VLAN network because %s.', 'Failed to create the network.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0216': (
        (400, 'Failed to create the subnet for vlan %s.', 'Failed to create the subnet.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0217': (
        (400, 'attach server [%s] port [%s] fail ,reason is : %s', 'Failed to attach the NIC.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0219': (
        (400, 'Failed to quickly create server %s because the ECS status is error or %s.', 'Failed to create the ECS.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0221': (
        (400, 'can not cold migrate dedicated host server[%s] to the same dedicated host', 'Failed to migrate the ECS.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0226': (
        (400, 'server[%s] action[%s] fail: [%s, %s]', 'Failed to start the ECS.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0301': (
        (400, 'The information, status, or metadata of server %s is null.', 'Failed to query the ECS.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0302': (
        (400, 'Failed to view the quota usage of tenant %s because %s.', 'Failed to query the ECS quota of the tenant.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0303': (
        (400, 'Failed to view flavor %s because %s.', 'Failed to query the flavor.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0304': (
        (400, 'Failed to view image %s because the image or image name is null.', 'Failed to query the image.', 'Contact customer service to check whether the image has been correctly registered or to check other causes.'),
    ),
    'Ecs.0306': (
        (400, 'Failed to view the backup because %s.', 'Failed to query the backup.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0307': (
        (400, 'Failed to view the port because %s.', 'Failed to query the port.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0308': (
        (400, 'Failed to view limits because %s.', 'Failed to query the ECS quota of the tenant.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0309': (
        (400, 'Failed to view QoS because %s.', 'Failed to query the NIC QoS.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0310': (
        (400, 'Failed to view the network because %s.', 'Failed to view the network information.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0311': (
        (400, 'Failed to view the volume type of tenant %s because %s.', 'Failed to query the disk type.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0313': (
        (400, 'query servergroup fail:%s', 'Failed to query the ECS group.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0314': (
        (400, 'call fsp to query keypair fail,reason is : %s', 'Failed to obtain the key pair.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0315': (
        (400, 'call nova api to query tenantId[%s] server[%s] whether is auto recovery fail: resposne is null or invalid', 'Failed to obtain the automatic recovery status.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0319': (
        (400, 'check capacity: capacity is not enough.', 'Insufficient flavor capacity.', 'Apply for expanding the flavor capacity.'),
    ),
    'Ecs.0320': (
        (400, 'query availability zones detail failed: the response is null.', 'Failed to obtain AZs.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0321': (
        (400, 'query server[%s] console output failed: %s', 'Failed to query ECS console logs.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0322': (
        (400, 'query subnet[%s] failed: %s', 'Failed to query details of the subnet.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0323': (
        (400, 'query server[%s] interface attachment failed: %s', 'Failed to query the NIC attachment to an ECS.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0401': (
        (400, 'Failed to roll back the port because %s.', 'Failed to undo the operation performed on the port.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0402': (
        (400, 'rollback delete volume[%s] fail: %s', 'Failed to undo the operation performed on the system disk.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0403': (
        (400, 'rollback vm[%s] fail: %s', 'Failed to undo the operation performed on the ECS.', 'Contact customer service to locate the fault.'),
    ),
    'Ecs.0405': (
        (400, 'Failed to delete volume %s because %s.', 'Failed to undo the operation performed on the data disk.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0501': (
        (400, 'ECS %s cannot be deleted because downloading the system volume data is in progress.', 'Failed to delete the ECS.', 'Try again later.'),
    ),
    'Ecs.0502': (
        (400, 'Failed to roll back the EIP [%s] unbinding: %s.', 'Failed to delete the private IP address.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0503': (
        (400, 'Failed to view details about the volume because %s.', 'Failed to query the system disk.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0507': (
        (400, 'Resource VLAN NICs cannot be deleted.', 'Failed to delete the NIC.', 'Check the NIC type.'),
    ),
    'Ecs.0603': (
        (501, 'The running state %s of ECS %s for tenant %s is unstable.', 'Other commands are being executed. Try again 1 minute later.', 'Try again 1 minute later.'),
    ),
    'Ecs.0605': (
        (400, 'The server [%s] is locked.', 'The ECS is locked.', 'Check whether the ECS is locked. If so, unlock it.'),
    ),
    'Ecs.0611': (
        (400, 'batch operate fail.', 'Requesting for a batch operation failed.', 'Rectify the fault based on the returned error information and submit the request again.'),
    ),
    'Ecs.0614': (
        (404, 'itemNotFound: Instance xxx could not be found.', 'The ECS cannot be detected.', 'Check whether the ECS exists.'),
    ),
    'Ecs.0615': (
        (500, 'thread List is empty.', 'An error has occurred in the request from an ECS.', 'An internal system error occurred.\nContact customer service to locate the fault.'),
    ),
    'Ecs.0616': (
        (400, 'update server[%s] name failed.', 'Failed to modify the ECS.', 'Try again later or contact customer service.'),
    ),
    'Ecs.0617': (
        (400, 'update server %s block_device %s fail: %s', 'Failed to modify the attributes of the disk attached to an ECS.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0618': (
        (400, 'update port[%s] ip address failed: %s', 'Failed to change the IP address of the ECS NIC.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.0707': (
        (400, 'the product [%s] does not exist', 'The product does not exist.', 'Contact customer service to locate the fault.'),
    ),
    'Ecs.0905': (
        (400, 'tags number can not be more than 10.', 'The number of tags exceeds the maximum number allowed.', 'Decrease the number of tags.'),
    ),
    'Ecs.0906': (
        (400, 'tag key is invalid.', 'Invalid tag attribute.', 'Create a tag again.'),
    ),
    'Ecs.0907': (
        (400, 'The key [%s] of tag include invalid char.', 'Invalid tag character set.', 'Create a tag again.'),
    ),
    'Ecs.0908': (
        (400, 'tags key can not be duplicate.', 'Duplicate tag key.', 'Create a tag again.'),
    ),
    'Ecs.0909': (
        (400, 'Flavor %s does not support this volume type %s', 'The flavor does not support the disk type.', 'Change the flavor or disk type.'),
    ),
    'Ecs.0910': (
        (400, 'the nic param for creating hana instance is illegal.', 'Invalid NIC parameters for creating a HANA ECS.', 'Adjust the NIC parameter settings.'),
    ),
    'Ecs.0911': (
        (400, 'Disks cluster type is different.', 'Invalid dedicated storage type of the disk.', 'Modify parameter settings for the dedicated storage type.'),
    ),
    'Ecs.0912': (
        (400, 'encrypted key id [%s] contains illegal character.', 'Invalid disk encryption attribute.', 'Modify parameter settings for the disk encryption attribute.'),
    ),
    'Ecs.0913': (
        (400, 'the number of vm is illegal.', 'The number of ECSs to be created exceeds the maximum allowed limit.', 'Decrease the number of ECSs to be created.'),
    ),
    'Ecs.0914': (
        (400, 'the length of serverName is [%d], is illegal', 'The length of the ECS name exceeds the maximum allowed limit.', 'Change the ECS name.'),
    ),
    'Ecs.0915': (
        (400, 'The name [%s] of server include invalid char', 'The ECS name contains invalid characters.', 'Change the ECS name.'),
    ),
    'Ecs.0919': (
        (400, 'query the port: [%s] and status is [%s]', 'The port does not allow attaching.', 'Change the port.'),
    ),
    'Ecs.1000': (
        (400, 'Failed to call the Nova API because %s.', 'Failed to call the Nova API.', 'Internal calling error. Try again later or contact customer service.'),
        (404, 'itemNotFound: xxx could not be found.', 'The resource does not exist.', 'Check whether the resource exists.'),
    ),
    'Ecs.1001': (
        (400, 'Failed to delete the ECS because the ECS is being deleted.', 'OpenStack access error.', 'For details, contact customer service.'),
    ),
    'Ecs.1002': (
        (400, 'System timed out.', 'OpenStack access timed out.', 'For details, contact customer service.'),
    ),
    'Ecs.1100': (
        (400, 'Failed to call the IAM API because %s.', 'Failed to access IAM.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.1200': (
        (400, 'Failed to view the EIP because %s.', 'Failed to access the VPC.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Ecs.1201': (
        (400, 'Operation timed out.', 'VPC access timed out.', 'For details, contact customer service.'),
    ),
    'Ecs.1300': (
        (400, 'Failed to call the Cinder API to create a volume because %s.', 'EVS access timed out.', 'For details, see the returned error message or contact customer service.'),
    ),
    'Pdp.0001': (
        (403, "Policy doesn't allow %s to be performed.", 'API authentication failed.', 'Add permissions on IAM. For details, see API permissions.'),
    ),
    'Common.0024': (
        (202, 'exceeds flow over limit', 'Limited by traffic control.', 'The number of concurrent requests has exceeded the upper limit. Try again later.'),
    ),
    'Common.0002': (
        (400, 'Request body is null!', 'Empty request body.', 'Check the request body.'),
    ),
    'Common.0011': (
        (400, 'query job fail.', 'Invalid job ID.', 'Check whether the source of the job ID is correct.'),
    ),
    'Common.0018': (
        (400, 'tenantId in token is not the same with in URL.', 'Invalid token, or the project ID in the token is different from that in the URL.', 'Check whether the tenant token is correct.'),
    ),
    'Common.0020': (
        (400, 'Call redo api failed', 'Failed to retry the task.', 'Contact customer service.'),
    ),
    'Common.0021': (
        (400, 'Sub job fail!', 'An error has occurred in job query.', 'Try again later or contact customer service.'),
    ),
    'Common.0022': (
        (400, 'Mission fail!', 'An error has occurred in job submission.', 'Contact customer service.'),
    ),
    'Common.0999': (
        (400, 'The system was broken, exit.', 'Task terminated.', 'Contact customer service.'),
    ),
    'Common.0025': (
        (400, 'Query job Error because %s.', 'An error has occurred in task query.', 'Try again later or contact customer service.'),
    ),
    'Common.0026': (
        (400, 'Fail to get Region Info', 'An error occurred in AZ query.', 'Try again later or contact customer service.'),
    ),
    'Common.0013': (
        (401, 'The permission is forbidden to perform this action', 'Invalid token.', 'Check whether the tenant token is correct.'),
    ),
    'Common.0001': (
        (500, 'System Context Error!', 'A system exception occurred.', 'Contact customer service.'),
    ),
    'Common.1503': (
        (503, 'Api flow control Error because %s.', 'Limited by API traffic control.', 'Too many APIs are being executed. Try again later.'),
    ),
}
