package io.zonelens.query.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EntityType", description = "PERSON 人名 (赵革), POSITION 职务 (关长), GOVERNMENT 政府机关 (天津海关), ORGANIZATION 组织, "
        + "COMPANY 企业, ZONE 园区 (南昌综合保税区), PLACE 地名 (滨海新区), POLICY 政策文件")
public enum EntityType {
    PERSON, POSITION, GOVERNMENT, ORGANIZATION, COMPANY, ZONE, PLACE, POLICY
}
