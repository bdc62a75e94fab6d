"""The manual's error code table: code -> rows of (status, message, description, remedy).

A code can have several rows (the manual repeats some codes with different messages).
Generated; do not edit.
"""
from __future__ import annotations

ERROR_CODES: dict[str, tuple[tuple[int, str, str, str], ...]] = {
    'EVS.2088': (
        (400, 'The EVS disk does not support retype.', '云硬盘retype前置检查失败。', '请检查retype的目标类型是否支持、售罄。'),
    ),
    'EVS.2218': (
        (400, 'invalid X-Client-Token in header', '传入的X-Client-Token不是UUID格式', '传入的X-Client-Token改为UUID格式'),
    ),
    'EVS.2219': (
        (400, 'url/project id/body conflict with X-Client-Token', 'X-Client-Token对应body、url、project id不一致。', 'X-Client-Token值和url、body冲突，换成一样的即可。'),
    ),
    'EVS.2220': (
        (400, 'idempotent request over 8 hours from the first request.', '幂等请求超过8小时错误。', '距离第一次发送请求，该幂等请求已超过8小时'),
    ),
    'EVS.2221': (
        (400, 'idempotent request wait timeout, because of another same request is processing.', '并发的幂等请求下，等待超时。', '并发的幂等请求下，等待先进入的幂等请求处理完。'),
    ),
    'EVS.2222': (
        (400, 'idempotent request query resource error.', '幂等请求，查询上一个资源错误。该幂等资料是否失效、系统是否异常。', '幂等请求，查询上一个资源错误。该幂等资料是否失效、系统是否异常。'),
    ),
    'EVS.2223': (
        (400, 'idempotent request is not supported yet.', '幂等开关未开启，不支持新幂等请求。', 'EVS不支持幂等，需要打开对应的特性开关 evs.supported.new.idempotent'),
    ),
    'EVS.2226': (
        (400, 'volume have mutil attachements, must contain server id in body.', '多挂载的共享云硬盘，必须在转包时传 server id。', '多挂载的共享盘，必须在body体传 server_id参数'),
    ),
    'EVS.2227': (
        (400, 'volume status must be in-use when volume operate under server.', '修改计费模式，卷必须是挂载状态下的', '修改计费模式，卷必须是挂载状态下的'),
    ),
    'EVS.2228': (
        (400, 'input volume ids must not be over 60.', '卷id数量超过60。', '修改计费模式，body体中的 volume_ids参数，不能超过60个卷'),
    ),
    'EVS.2229': (
        (400, 'input server id not found at ECS.', '虚拟机不存在。', 'volume的 attachment或者传入的虚拟机id，在ecs查不到'),
    ),
    'EVS.2230': (
        (400, 'server is not periodic', '非包周期虚拟机。', '虚拟机不是包周期的'),
    ),
    'EVS.2231': (
        (400, 'invalid iops value, iops must between [%s, %s] invalid throughput value, throughput must between [%s, %s]', '请求体中的 iops、throughput值不在规定的范围内。', '传入的iops值，必须在规定的范围内'),
    ),
    'EVS.2232': (
        (400, 'ESSD2 type must input iops and not input throughput.', 'ESSD2类型只能传iops参数，不能传throughput参数。', 'ESSD2类型只能传iops参数，不能传throughput参数。'),
    ),
    'EVS.2233': (
        (400, 'GPSSD2 type must input iops and throughput.', 'GPSSD2类型，必须指定IOPS和throughput。', 'GPSSD2类型，必须指定IOPS和throughput。'),
    ),
    'EVS.2234': (
        (400, 'only ESSD2 and GPSSD2 can modify qos.', '只有ESSD2和GPSSD2两种类型才能调该接口修改卷qos。', '只有ESSD2和GPSSD2两种类型才能调该接口修改卷qos。'),
    ),
    'EVS.2235': (
        (400, 'only ESSD2 and GPSSD2 can set iops or throughput', '只有ESSD2、GPSSD2类型，才能在body体传iops、throughput参数', '只有ESSD2、GPSSD2类型，才能在body体传iops、throughput参数'),
    ),
    'EVS.2236': (
        (400, 'there have volume is already periodic, can not be change.', '当前卷已经是包周期卷。', '当前卷已经是包周期卷。'),
    ),
    'EVS.2238': (
        (400, 'The maximum number of batch extend volume is 50', '超出扩容卷数量限制。', '超出扩容卷数量限制。'),
    ),
    'EVS.2239': (
        (400, 'Failed to retry the job.', '重试job异常。', '检查重试的job类型是否支持。'),
    ),
    'Common.0011': (
        (400, 'query job fail.', '租户ID错误。租户ID就是项目ID。', '使用正确有权限的租户ID。租户ID就是项目ID。'),
        (400, 'No jobs found.', 'jobId为空。', '传递正确的jobID。'),
        (400, 'query job fail.', '通过JobID查询JobVO错误。', '确认jobId是否正确，如jobId正确则确认请求是否发到对应的EVS服务节点，如请求已发送，则联系客服定位原因；若请求未发送，请联系客服将请求发到对应的EVS服务节点。'),
    ),
    'Common.0013': (
        (400, 'Invalid token in the header.', 'token过期或者token字符串不全，无法解析。', '请重新获取token，并在使用时确保token字符串的完整性。'),
    ),
    'Common.0018': (
        (400, 'Invalid token in the header', 'URI中的项目ID和token中的项目ID不一致。', '请确保URI和token中的项目ID一致后重试。'),
    ),
    'EVS.0001': (
        (400, 'invalid tenant id!', 'URI中租户ID非法。租户ID就是项目ID。', '使用合法的tenant id。'),
    ),
    'EVS.0002': (
        (400, 'invalid token!', 'HTTP请求Header参数错误。', '使用合法的token。'),
    ),
    'EVS.1001': (
        (400, 'null volume!', '更新云硬盘名称和描述的格式错误。', '输入正确的云硬盘名称和描述。'),
    ),
    'EVS.1002': (
        (400, 'invalid volume id!', '云硬盘ID非法。', '修改云硬盘ID格式。'),
    ),
    'EVS.1003': (
        (400, 'invalid volume name!', '云硬盘名称格式错误。', '输入正确格式的云硬盘名称。'),
    ),
    'EVS.1004': (
        (400, 'invalid volume description!', '云硬盘描述格式错误。', '输入正确格式的云硬盘描述。'),
    ),
    'EVS.1005': (
        (400, 'size of metadata is too large!', '创建云硬盘的metadata大小超出最大限制。', '检查元数据是否过大，必须小于1048576字节。'),
    ),
    'EVS.1006': (
        (400, 'invalid backup id!', '从备份创建云硬盘的backup_id错误。', '输入正确的备份ID。'),
    ),
    'EVS.1007': (
        (400, 'volume name and description can not both be empty!', '云硬盘名称和描述参数错误。', '输入正确的云硬盘名称和描述。'),
    ),
    'EVS.1008': (
        (400, 'null createVolume Req!', '创建云硬盘的请求格式错误。', '输入正确的创建云硬盘的格式。'),
    ),
    'EVS.1009': (
        (400, 'invalid volumeForCreate!', '创建云硬盘的body错误。', '检查创建云硬盘的body体。'),
    ),
    'EVS.1010': (
        (400, 'invalid volume size!', '创建云硬盘的size参数非法。', '输入合法的size。'),
    ),
    'EVS.1011': (
        (400, 'null extendVolume Req!', '扩容云硬盘的请求格式错误', '输入正确的扩容云硬盘的请求格式'),
    ),
    'EVS.1012': (
        (400, 'temporary volume!', '用户没有权限访问该云硬盘。', '临时云硬盘无法进行此操作，请勿操作。'),
    ),
    'EVS.1013': (
        (400, 'request transforming failed!', '请求转换异常。', '请检查请求体是否正确。'),
    ),
    'EVS.1014': (
        (400, 'volume can not be extended!', '云硬盘不满足扩容的条件。', '请检查云硬盘是否满足扩容条件。'),
    ),
    'EVS.1015': (
        (400, 'new volume Size must be greater than old Size!', '扩容云硬盘的新的容量错误。', '云硬盘的新的容量必须设置成比原有容量大。'),
    ),
    'EVS.1016': (
        (400, 'Invalid input received: May specify only one of imageRef, snapshot_id, backup_id!', '从数据源创建云硬盘时只能在镜像、快照、备份中选择一种。', '创建云硬盘选择一种数据源。'),
    ),
    'EVS.1017': (
        (400, 'when administrator, orderId must not be empty!', '包周期扩容云硬盘的orderId参数错误。', '传入正确的orderId。'),
    ),
    'EVS.1018': (
        (400, 'Type conversion error , parameter type is unexpected', '类型转换错误, 参数类型未知。', '参数转换失败, 请检查输入参数是否正确。参数要求请参考《云硬盘接口参考》。'),
    ),
    'EVS.1020': (
        (400, 'invalid volume type!', '创建云硬盘类型错误。', '输入合法的云硬盘类型。'),
    ),
    'EVS.1021': (
        (400, 'the quantity of volume is invalid!', '批量创建的云硬盘数量错误。', '输入合法的云硬盘数量。'),
    ),
    'EVS.1022': (
        (400, 'the size param is less than backup size!', '从备份创建云硬盘size参数错误。', '输入的云硬盘size要比备份size大。'),
    ),
    'EVS.1023': (
        (400, 'invalid filter limit!', '查询云硬盘的URL中limit参数错误。', '查询时, 过滤条件limit最小值1, 最大值1000, 默认为1000, 请修改。'),
    ),
    'EVS.1024': (
        (400, 'invalid filter marker!', '查询云硬盘的URL中marker参数错误。', '查询时, marker参数必须为UUID格式。'),
    ),
    'EVS.1025': (
        (400, 'url encoding failed!', 'metadata解码异常。', '请检查metadata参数是否正确。'),
    ),
    'EVS.1031': (
        (400, 'invalid resources status!', '输入参数resources status非限定值。', '请检查resources status是否正确。'),
    ),
    'EVS.1032': (
        (400, 'invalid resources ID!', '输入参数resources id不能为空。', '请检查resources id是否正确。'),
    ),
    'EVS.1033': (
        (400, 'query quota failed!', '查询用户配额失败。', '检查租户配额是否配置。'),
    ),
    'EVS.1034': (
        (400, 'volume count exceeded volume count quota!', '用户云硬盘数量配额不足。', '申请扩大云硬盘数量配额。'),
    ),
    'EVS.1035': (
        (400, 'periodic volume can not be deleted!', '包周期的云硬盘不能删除。', '请重试或联系客服。'),
    ),
    'EVS.1036': (
        (400, 'invalid availability zone!', '创建云硬盘的 availability_zone 参数错误。', '输入合法的可用分区。'),
    ),
    'EVS.1039': (
        (400, 'invalid sort_key!', '输入参数 sort_key 错误。', '请检查 sort_key 是否正确。'),
    ),
    'EVS.1040': (
        (400, 'invalid sort_dir!', '查询云硬盘 URL 中 sort_dir 的参数错误。', '查询时，必须指定支持的排序方式，必须在 ["desc", "asc"] 中选择。'),
    ),
    'EVS.1041': (
        (400, 'invalid filter availability-zone!', '查询云硬盘 URL 中 availability-zone 的参数错误。', '检查请求中的可用区是否有效。'),
    ),
    'EVS.1042': (
        (400, 'volume gigabytes exceeded volume gigabytes quota!', '用户云硬盘容量配额不足。', '申请扩大云硬盘容量配额。'),
    ),
    'EVS.1043': (
        (400, 'encrypt and cmk and passthrough in metadata is not support when create volume from snapshot or image!', '从镜像创云硬盘或者从快照创云硬盘时，__system__encrypted, __system__cmkid, hw:passthrough, 不支持这些字段。', '请检查请求体是否正确。参考创建云硬盘 metadata 字段说明。'),
    ),
    'EVS.1044': (
        (400, 'backup status must be available when create a volume from it!', '该备份无法创建云硬盘。', '备份源不可用。'),
    ),
    'EVS.1045': (
        (400, 'backupDetail returned by FSP is null!', '查询备份的详细信息异常。', '检查备份是否存在，请联系客服。'),
    ),
    'EVS.1046': (
        (400, 'volume status must be available, error, error_extending, error_restoring, error_rollbacking when delete volume!', '云硬盘的状态错误, 无法删除。', '具体原因请联系客服。'),
    ),
    'EVS.1047': (
        (400, 'snapshot status must be available or error when delete snapshot!', '快照的状态错误, 无法删除。', '具体原因请联系客服。'),
    ),
    'EVS.1048': (
        (400, 'volume status must be available when extend volume!', '云硬盘的状态错误, 无法扩容。', '请确认云硬盘状态, 再进行扩容操作。'),
    ),
    'EVS.1049': (
        (400, 'available-zone is not equal to backup available-zone!', '从备份创建云硬盘时, 备份所在的可用区域错误。', '云硬盘必须位于和备份相同的可用分区。'),
    ),
    'EVS.1051': (
        (400, 'can not batch create volume from backup!', '不支持从备份批量创建云硬盘。', '不支持从备份批量创建云硬盘。'),
    ),
    'EVS.1052': (
        (400, 'invalid http body!', '请求转换异常。', '请检查请求体是否正确。'),
    ),
    'EVS.1053': (
        (400, 'the size of volumes to be deleted is too large!', '批量删除的云硬盘的数量太多。', '请减少批量删除的云硬盘数量。'),
    ),
    'EVS.1054': (
        (400, 'invalid shareable parameter!', '输入参数 shareable 无效。', '请检查 shareable 参数是否正确。'),
    ),
    'EVS.1057': (
        (400, 'invalid hw:passthrough in metadata!', '输入参数 metadata 中 hw:passthrough 无效。', '请检查 hw:passthrough 参数是否正确。'),
    ),
    'EVS.1058': (
        (400, 'invalid metadata filter!', 'metadata解码异常。', '请检查metadata参数是否正确。'),
    ),
    'EVS.1061': (
        (400, 'The Volume Tags is Exceed Max Limit Num.', '该云硬盘的标签数量超过上限。', '确保标签数量不超过上限。'),
    ),
    'EVS.1062': (
        (400, 'invalid tag!', '无效的标签。', '检查标签的key和value的格式，确保格式正确。'),
    ),
    'EVS.1063': (
        (400, 'invalid full_clone in metadata!', '创建云硬盘参数metadata中full_clone无效。', '请检查metadata中full_clone参数是否正确。'),
    ),
    'EVS.1064': (
        (400, 'volume status must be available or in-use when extending!', '云硬盘仅在可用或使用中状态时可扩容。', '当前云硬盘状态不支持扩容。'),
    ),
    'EVS.1065': (
        (400, 'multiattach volume status must be available when extending!', '共享云硬盘仅在可用状态可扩容。', '当前云硬盘为共享云硬盘，仅在可用状态可扩容。'),
    ),
    'EVS.1066': (
        (400, 'status of ECS or BMS does not support volume online extension!', '云服务器或者裸金属服务器的状态不支持云硬盘在线扩容。', '请检查云服务器或者裸金属服务器状态。'),
    ),
    'EVS.1067': (
        (400, 'Querying products info from partners failed !', '订购包周期云硬盘失败。', '请重试或联系客服。'),
    ),
    'EVS.1068': (
        (400, 'resize period volume failed', '包周期云服务规格变更失败。', '请重试或联系客服。'),
    ),
    'EVS.1070': (
        (400, 'invalid request.', '请求转换异常。', '请检查请求体是否正确。'),
    ),
    'EVS.2040': (
        (400, 'The status of encrypt Key is not enable!', '密钥状态不可用。', '请检查密钥状态。'),
    ),
    'EVS.2041': (
        (400, 'The encrypt Param is invalid!', '输入的加密参数无效。', '请检查请求体中加密相关字段是否正确。'),
    ),
    'EVS.2043': (
        (400, 'The status of snapshot is not available or backing-up.', '快照状态为不可用。', '快照状态应为可用或备份中，请检查快照状态。'),
    ),
    'EVS.2045': (
        (400, 'invalid snapshot_id!', '输入参数快照id无效。', '请检查输入参数snapshot_id是否正确。'),
    ),
    'EVS.2046': (
        (400, 'invalid imageRef!', '输入参数imageRef无效。', '请检查输入参数imageRef字段是否正确。'),
    ),
    'EVS.2047': (
        (400, 'the metadata Param is not allowed to be updated!', 'metadata字段不允许修改。', '请检查输入参数metadata字段是否正确。'),
    ),
    'EVS.2052': (
        (400, 'the job result using order id to query is invalid!', '订单id对应的job不唯一。', '请重试或联系客服。'),
    ),
    'EVS.2053': (
        (400, 'The az information from request is invalid!', '输入参数availability_zone无效。', '请检查输入参数availability_zone信息是否正确。'),
    ),
    'EVS.2054': (
        (400, 'Cannot create volume from snapshot as the az is invalid!', '从快照创建云硬盘时，云硬盘availability_zone和快照availability_zone不一致。', '请检查输入参数availability_zone信息是否正确，从快照创建云硬盘时云硬盘availability_zone应与快照一致。'),
    ),
    'EVS.2055': (
        (400, "can not create encrypt volume because hasn't xrole.", '该账户没有授予EVS访问KMS的委托。', '当您需要使用云硬盘加密功能时，需要授权EVS访问KMS。请先通过管理控制台授权EVS访问KMS，当授权成功后，EVS可以获取KMS密钥用来加解密云硬盘。具体授权方法及说明，请参见“云硬盘用户指南 > 云硬盘加密”。'),
    ),
    'EVS.2059': (
        (400, 'invalid enterpriseProjectID', '不合法的企业项目id', '检查企业项目id字段是否合法。'),
    ),
    'EVS.2068': (
        (400, 'operation failed because of volume be locked', '锁定的资源无法操作。', '资源不可操作，请先解除锁定。'),
    ),
    'EVS.2070': (
        (400, 'VolumeTypes are not supported !', '云硬盘类型不存在。', '请重试或联系客服。'),
    ),
    'EVS.2071': (
        (400, 'Invalid input received: Availability zone [%s] do not have volume type [%s]', '当前availability_zone下该云硬盘类型已售罄。', '请重试或联系客服。'),
    ),
    'EVS.2072': (
        (400, 'Volume type [SSD] in availability zone [AZ1] is sold out !', '当前可用分区AZ1内的SSD磁盘类型已售罄。此处SSD和AZ1均为示例。磁盘类型和磁盘所在的可用分区会根据实际情况提示。', '请选用其他类型的磁盘或者联系客服。'),
    ),
    'EVS.2078': (
        (400, 'checkQuotaCapacity request body is invalid.', '请求转换异常。', '请检查请求体是否为空。'),
    ),
    'EVS.2083': (
        (400, 'AZ and volume type must not be empty or null!', '请求参数 availability_zone或云硬盘类型无效。', '请检查输入参数 az、volume type 参数是否正确。'),
    ),
    'EVS.2084': (
        (400, 'resource size must greater than zero!', '请求参数云硬盘大小无效。', '请检查请求体中云硬盘大小字段是否正确。'),
    ),
    'EVS.2085': (
        (400, 'when operation type is SPEC_CHG, resource id must not be empty or null!', '扩容云硬盘时，请求参数云硬盘ID无效。', '请检查请求体中云硬盘ID字段是否正确。'),
    ),
    'EVS.2087': (
        (400, 'retype failed. please make sure that type is supported and the new one is higher than origin', '请求参数类型无效。', '请确认新类型比原类型要高。'),
    ),
    'EVS.2089': (
        (400, 'operation failed because the volume is belong to SDRS', 'SDRS盘受限。', '云硬盘被SDRS使用，解除使用或更换云硬盘。'),
    ),
    'EVS.2093': (
        (400, 'operation failed because the volume is not EVS', '非EVS盘受限。', '云硬盘非EVS云硬盘，不支持当前操作。'),
    ),
    'EVS.2094': (
        (400, 'system image is not support to create Multiattach/ shareable volume !', '系统盘镜像不能创共享盘。', '系统盘镜像不能创共享盘。'),
    ),
    'EVS.2096': (
        (400, 'Target volumeType[%s] is not matched with snapshot[%s] !', '快照创建云硬盘，快照源云硬盘的类型与目标云硬盘类型不一致。', '快照创建云硬盘时，源云硬盘和目标云硬盘类型需要一致。'),
    ),
    'EVS.2108': (
        (400, 'Request body is invalid.', '请求转换异常。', '请检查请求体是否正确。'),
    ),
    'EVS.2130': (
        (400, 'Volume is backing-up, forbidden deleting!', '云硬盘备份过程中, 快照处于backing-up状态, 不允许删云硬盘。', '等待云硬盘备份完成或联系客服。'),
    ),
    'EVS.2131': (
        (400, 'Query server info from ecs fail', '查询云服务器的详情失败。', '请重试或联系客服。'),
    ),
    'EVS.2133': (
        (400, 'Server has order info, but CBC has no order info.', '找不到云服务器订单信息。', '请重试或联系客服。'),
    ),
    'EVS.2134': (
        (400, 'call ecs api - attach volume fail.', '挂载云硬盘失败。', '请重试或联系客服。'),
    ),
    'EVS.2142': (
        (400, 'invalid filter limit, can not greater than 1000.', '请求参数limit非法,不能大于1000', '查询时, 过滤条件limit最小值1, 最大值1000, 默认为1000, 请修改。'),
    ),
    'EVS.2147': (
        (400, 'invalid bssParam.', '创云硬盘或者扩容输入参数的bssParam异常。', '请检查bssParam参数是否正确。'),
    ),
    'EVS.3001': (
        (400, 'cmk id is not used to enable the multi-region key at the destination site.', 'cmk id未在目标区域启用多区域密钥功能。', '请先对该cmk id启用多区域功能。默认密钥不支持多区域功能。'),
    ),
    'EVS.3002': (
        (400, 'copy job is running at this region already.', '该区域已有复制任务正在运行。', '等复制任务完成后, 再开始下一个复制任务。'),
    ),
    'EVS.3004': (
        (400, 'The snapshot copy to this region already.', '快照已复制到该区域。', '快照已复制到该区域。'),
    ),
    'EVS.5400': (
        (400, 'Malformed request body.', '请求错误, 请求体参数和格式错误。', '请检查请求体参数和格式是否正确。'),
        (400, 'Malformed request url.', '请求错误，请求URL参数和格式错误。', '请检查url参数和格式是否正确。'),
        (400, 'Request body and URI mismatch.', '请求错误，请求体和URI不匹配。', '请检查请求体和URI是否对应同一API。'),
        (400, 'Invalid imageRef provided.', '请求错误，镜像源不可用。', '镜像源不可用，请更换镜像。'),
        (400, 'Must specify a valid status.', '请求错误，磁盘状态不可用。', '磁盘状态不可用，请指定可用状态的磁盘。'),
        (400, 'offset param must be an integer.', '请求错误，offset参数需要为Integer类型。', 'offset参数需要为Integer类型，请修改。'),
        (400, 'limit param must be an integer.', '请求错误，limit参数需要为Integer类型。', 'limit参数需要为Integer类型，请修改。'),
        (400, 'limit param must be positive.', '请求错误，limit参数需要为正数。', 'limit参数需要为正数，最小值1，最大值1000，默认为1000，请修改。'),
    ),
    'EVS.2143': (
        (401, 'You need to create an agency for this project for the first time ever', '账号无加密权限', '请先创建加密委托。'),
    ),
    'EVS.5401': (
        (401, 'Authentication required.', '未授权。', '需要授权后访问API。'),
    ),
    'EVS.1027': (
        (403, 'user role is not allowed for this action!', '用户无权限执行对应操作。', '请检查账户是否具备相应权限，或者是否存在欠费、尚未实名认证、发生违规行为的情况。'),
    ),
    'EVS.2056': (
        (403, 'action in pdp check deny!', '细粒度PDP鉴权失败。', '请检查账户是否具有对应操作的权限，或者是否存在欠费、尚未实名认证、发生违规行为的情况。'),
    ),
    'EVS.2144': (
        (403, 'Your account is frozen and resources cannot be used.', '账户被冻结导致权限不足。', '请先检查账号是否存在以下几种情况，若不存在，请联系客服。账号是否已完成实名认证。账号是否处于欠费状态。'),
    ),
    'EVS.2145': (
        (403, 'Your account is suspended and resources cannot be used.', '账户被限制导致权限不足。', '请先检查账号是否存在以下几种情况，若不存在，请联系客服。账号是否已完善支付方式。账号是否已完成实名认证。账号是否处于欠费状态。'),
    ),
    'EVS.5403': (
        (403, 'Policy check failed.', '权限不足。', '权限不足，请添加权限后重试。'),
        (403, 'metadata can not be operated.', '没有操作权限。', 'metadata参数不可操作，属于禁用操作。'),
    ),
    'EVS.2044': (
        (404, 'Failed to check the role of kms.', '检查kms失败。', '请重试或联系客服。'),
    ),
    'EVS.5404': (
        (404, 'Resource(Volume, Snapshot, Backup .etc) could not be found.', '磁盘、快照和备份等资源未找到。', '磁盘、快照、备份等资源未找到，请检查资源是否可用。'),
    ),
    'EVS.3005': (
        (409, 'The snapshot chain of the target region is being updated. Please try again later.', '目标区域的快照链正在更新，请稍后重试。', '目标区域的快照链正在更新，请稍后重试。'),
    ),
    'EVS.5413': (
        (413, 'Insufficient volume quota.', '磁盘配额不足。', '磁盘配额不足，请检查磁盘容量和数量配额限制。'),
    ),
    'EVS.3003': (
        (429, 'The snapshot copy task is busy. Please try again later.', '当前复制任务繁忙，请稍后重试。', '当前复制任务繁忙，请稍后重试。'),
    ),
    'EVS.2001': (
        (500, 'submit job failed!', '提交任务失败。', '具体原因请联系客服。'),
    ),
    'EVS.2002': (
        (500, 'internal error!', '系统暂时异常。', '具体原因请联系客服。'),
    ),
    'EVS.2005': (
        (500, 'client exception!', '连接异常。', '具体原因请联系客服。'),
    ),
    'EVS.2007': (
        (500, 'update volume metadata timeout!', '更新云硬盘 metadata 超时。', '请重试或联系客服。'),
    ),
    'EVS.2010': (
        (500, 'exchange token failed!', '为租户获取令牌失败。', '确认用户权限。'),
    ),
    'EVS.2011': (
        (500, 'delete orderId and productId timeout!', '删除云硬盘 metadata 中订单信息超时。', '请重试或联系客服。'),
    ),
    'EVS.2013': (
        (500, 'assume role error!', '升级权限失败。', '具体原因请联系客服。'),
    ),
    'EVS.2014': (
        (500, 'thread is interrupted when sleep!', '升权异常。', '请重试或联系客服。'),
    ),
    'EVS.2019': (
        (500, 'snapshot is error_deleting !', '快照的状态为 error_deleting，无法删除。', '具体原因请联系客服。'),
    ),
    'EVS.2020': (
        (500, 'volume is error_deleting !', '云硬盘的状态为 error_deleting，无法删除。', '具体原因请联系客服。'),
    ),
    'EVS.2021': (
        (500, 'volume is error_detaching!', '云硬盘为卸载失败状态。', '请重试或联系客服。'),
    ),
    'EVS.2023': (
        (500, 'ConnectException happened!', '网络连接超时。', '请重试，如果不成功，请检查网络状态。如果网络状态正常，则请联系客服。'),
    ),
    'EVS.2024': (
        (500, 'volume is error!', '创建的云硬盘状态为 error。', '具体原因请联系客服。'),
    ),
    'EVS.2025': (
        (500, 'volume is error_restoring!', '云硬盘的状态为 error_restoring。', '具体原因请联系客服。'),
    ),
    'EVS.2026': (
        (500, 'volume is error_extending!', '云硬盘扩容失败，状态为error_extending。', '具体原因请联系客服。'),
    ),
    'EVS.2029': (
        (500, 'The size of jobList and resultList are mismatched!', '子任务数量不匹配。', '具体原因请联系客服。'),
    ),
    'EVS.2030': (
        (500, 'query context based on parent jobId exception!', '重新提交子任务异常。', '具体原因请联系客服。'),
    ),
    'EVS.2031': (
        (500, 'result queried from context is null!', '查询任务上下文异常。', '具体原因请联系客服。'),
    ),
    'EVS.2032': (
        (500, 'some volume count quota usage params are null!', '查询用户云硬盘数量配额异常。', '请重试或联系客服。'),
    ),
    'EVS.2033': (
        (500, 'some volume gigabytes quota usage params are null!', '查询用户云硬盘容量配额异常。', '请重试或联系客服。'),
    ),
    'EVS.2034': (
        (500, 'domainId decoded from token is null or empty!', 'token解析失败。', '请检查账号信息是否正确。'),
    ),
    'EVS.2035': (
        (500, 'domainName decoded from token is null or empty!', 'token解析失败。', '请检查账号信息是否正确。'),
    ),
    'EVS.2036': (
        (500, 'the result of decode token is null!', 'token为空。', '请检查账号信息是否正确。'),
    ),
    'EVS.2042': (
        (500, 'Failed to create cmk.', '创建cmk失败。', '请重试或联系客服。'),
    ),
    'EVS.2050': (
        (500, 'set volume Qos failed!', '设置云硬盘QoS失败。', '请检查输入参数云硬盘qos字段是否正确。'),
    ),
    'EVS.2051': (
        (500, 'failed use order id to query job!', '创建包周期资源失败。', '请重试或联系客服。'),
    ),
    'EVS.2066': (
        (500, 'unlock volume failed.', '云硬盘解锁失败', '请重试或联系客服。'),
    ),
    'EVS.2105': (
        (500, "Volume can not be reverted, because the encrypt volume's __system__cmkid is not exist!", '加密云硬盘的密钥ID为空或者已被删除无法还原。', '请联系客服。'),
    ),
    'EVS.5500': (
        (500, 'Internal server error.', '服务器内部错误。', '请重试或联系客服。'),
    ),
    'EVS.5503': (
        (503, 'Service unavailable.', '服务不可用。', '请重试或联系客服。'),
    ),
}
